using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Images keyed by the alias chosen at step registration.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected internal EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
