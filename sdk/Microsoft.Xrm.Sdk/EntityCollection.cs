using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>One page of query results, with what is needed to fetch the next page.</summary>
public sealed class EntityCollection : IExtensibleDataObject
{
    private DataCollection<Entity> _entities;

    public EntityCollection()
    {
    }

    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    public DataCollection<Entity> Entities
    {
        get => _entities ??= new DataCollection<Entity>();
        private set => _entities = value;
    }

    public bool MoreRecords { get; set; }

    public string PagingCookie { get; set; }

    public string MinActiveRowVersion { get; set; }

    public int TotalRecordCount { get; set; }

    public bool TotalRecordCountLimitExceeded { get; set; }

    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }

    public string EntityName { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
