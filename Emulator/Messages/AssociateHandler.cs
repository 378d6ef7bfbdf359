using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Messages;

/// <summary>
/// Associate / Disassociate (Target, Relationship, RelatedEntities; "Associate and disassociate table
/// rows using the SDK for .NET") over a relationship declared with
/// <c>org.Tables.DeclareRelationship</c>. One-to-many: sets (or clears) the lookup of the "many" rows,
/// by an Update each, so their steps and security apply; the target may be either side. Many-to-many:
/// adds (or removes) intersect rows; associating a pair twice fails with the duplicate-key fault.
/// Every row named must exist. An undeclared relationship throws <see cref="UnsupportedRequestException"/>.
/// </summary>
public sealed class AssociateHandler : IRequestHandler
{
    private readonly bool _associate;

    public AssociateHandler(bool associate)
    {
        _associate = associate;
    }

    public string MessageName => _associate ? "Associate" : "Disassociate";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<EntityReference>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        var relationship = RequestContext.Parameter<Relationship>(request, "Relationship") ?? throw PlatformFault.MissingParameter("Relationship");
        var related = RequestContext.Parameter<EntityReferenceCollection>(request, "RelatedEntities") ?? throw PlatformFault.MissingParameter("RelatedEntities");
        var organization = context.Organization;
        var definition = organization.Tables.Relationship(relationship.SchemaName ?? string.Empty)
            ?? throw new UnsupportedRequestException($"{MessageName} over the undeclared relationship '{relationship.SchemaName}'");

        RowLocator.Existing(organization, target.LogicalName, target.Id);
        foreach (var other in related)
        {
            RowLocator.Existing(organization, other.LogicalName, other.Id);
        }

        if (definition.IsManyToMany)
        {
            ManyToMany(organization, definition, target, related);
        }
        else
        {
            OneToMany(organization, context.Caller, definition, target, related);
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }

    private void OneToMany(EmulatedOrganization organization, CallerContext caller, RelationshipDefinition definition, EntityReference target, EntityReferenceCollection related)
    {
        var lookup = definition.ReferencingAttribute!;
        IEnumerable<(EntityReference Child, EntityReference Parent)> pairs;
        if (target.LogicalName == definition.ReferencedEntity && related.All(r => r.LogicalName == definition.ReferencingEntity))
        {
            pairs = related.Select(child => (child, target));
        }
        else if (target.LogicalName == definition.ReferencingEntity && related.Count == 1 && related[0].LogicalName == definition.ReferencedEntity)
        {
            pairs = new[] { (target, related[0]) };
        }
        else
        {
            throw PlatformFault.InvalidArgument($"The rows given do not fit the relationship '{definition.SchemaName}' ({definition.ReferencedEntity} 1:N {definition.ReferencingEntity}).");
        }

        foreach (var (child, parent) in pairs)
        {
            if (!_associate)
            {
                var current = organization.Store.Find(child.LogicalName, child.Id)![lookup] as EntityReference;
                if (current?.Id != parent.Id)
                {
                    continue;
                }
            }

            var update = new Entity(child.LogicalName, child.Id) { [lookup] = _associate ? new EntityReference(parent.LogicalName, parent.Id) : null };
            organization.Execute(new UpdateRequest { Target = update }, caller);
        }
    }

    private void ManyToMany(EmulatedOrganization organization, RelationshipDefinition definition, EntityReference target, EntityReferenceCollection related)
    {
        var intersect = organization.Store.TableFor(definition.IntersectEntity!);
        foreach (var other in related)
        {
            var (first, second) = target.LogicalName == definition.ReferencedEntity && other.LogicalName == definition.ReferencingEntity
                ? (target.Id, other.Id)
                : target.LogicalName == definition.ReferencingEntity && other.LogicalName == definition.ReferencedEntity
                    ? (other.Id, target.Id)
                    : throw PlatformFault.InvalidArgument($"The rows given do not fit the relationship '{definition.SchemaName}' ({definition.ReferencedEntity} N:N {definition.ReferencingEntity}).");
            var existing = intersect.Rows.FirstOrDefault(r =>
                Equals(r[definition.Entity1IntersectAttribute!], first) && Equals(r[definition.Entity2IntersectAttribute!], second));
            if (_associate)
            {
                if (existing is not null)
                {
                    throw PlatformFault.Create(PlatformErrorCodes.DuplicateRecord, PlatformFault.Format(PlatformMessages.DuplicateRecord, definition.IntersectEntity!, existing.Id));
                }

                var id = organization.NewId();
                var version = organization.Store.NextVersion();
                organization.Store.Insert(new StoredRow(definition.IntersectEntity!, id, version, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [organization.Tables.Get(definition.IntersectEntity!).PrimaryIdColumn] = id,
                    [definition.Entity1IntersectAttribute!] = first,
                    [definition.Entity2IntersectAttribute!] = second,
                    ["versionnumber"] = version,
                }));
            }
            else if (existing is not null)
            {
                organization.Store.Delete(definition.IntersectEntity!, existing.Id);
            }
        }
    }
}
