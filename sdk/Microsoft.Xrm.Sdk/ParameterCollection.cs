using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    /// <summary>False when the key is missing or its value is not a <typeparamref name="T"/>.</summary>
    public bool TryGetValue<T>(string key, out T value)
    {
        if (base.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
