namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// A relationship Associate and Disassociate can use, by schema name. One-to-many: rows of the
/// referencing table point at the referenced table through <see cref="ReferencingAttribute"/>.
/// Many-to-many: rows of the intersect table hold both ids.
/// </summary>
public sealed record RelationshipDefinition
{
    public required string SchemaName { get; init; }

    public bool IsManyToMany { get; init; }

    /// <summary>1:N: the "one" side (e.g. account). N:N: the first table.</summary>
    public required string ReferencedEntity { get; init; }

    /// <summary>1:N: the "many" side (e.g. contact). N:N: the second table.</summary>
    public required string ReferencingEntity { get; init; }

    /// <summary>1:N: the lookup on the referencing table (e.g. parentcustomerid).</summary>
    public string? ReferencingAttribute { get; init; }

    /// <summary>N:N: the intersect table and its two id columns.</summary>
    public string? IntersectEntity { get; init; }

    public string? Entity1IntersectAttribute { get; init; }

    public string? Entity2IntersectAttribute { get; init; }

    public static RelationshipDefinition OneToMany(string schemaName, string referencedEntity, string referencingEntity, string referencingAttribute) => new()
    {
        SchemaName = schemaName,
        ReferencedEntity = referencedEntity,
        ReferencingEntity = referencingEntity,
        ReferencingAttribute = referencingAttribute,
    };

    public static RelationshipDefinition ManyToMany(string schemaName, string intersectEntity, string entity1, string entity1Attribute, string entity2, string entity2Attribute) => new()
    {
        SchemaName = schemaName,
        IsManyToMany = true,
        ReferencedEntity = entity1,
        ReferencingEntity = entity2,
        IntersectEntity = intersectEntity,
        Entity1IntersectAttribute = entity1Attribute,
        Entity2IntersectAttribute = entity2Attribute,
    };
}
