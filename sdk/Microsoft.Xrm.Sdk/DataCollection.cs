using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// List collection of the SDK. Its constructors are internal in the real assembly. A given list
/// is copied so that an array argument still gives a growable collection.
/// </summary>
[Serializable]
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    internal DataCollection(IList<T> list)
        : base(new List<T>(list ?? throw new ArgumentNullException(nameof(list))))
    {
    }

    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
