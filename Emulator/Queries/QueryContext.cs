using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// What evaluating a query needs beyond its rows: the caller (eq-userid, eq-businessid, eq-userteams),
/// "now" by the organisation's clock (relative date operators, in UTC: user time zones are not
/// modelled), primary names of related rows (lookup order, EntityReference.Name) and choice labels.
/// One per query; names are cached for its duration.
/// </summary>
internal sealed class QueryContext
{
    private readonly Dictionary<(string, Guid), string?> _names = new();
    private IReadOnlyCollection<Guid>? _teams;

    public QueryContext(EmulatedOrganization organization, CallerContext caller)
    {
        Organization = organization;
        Caller = caller;
        UtcNow = organization.UtcNow;
    }

    public EmulatedOrganization Organization { get; }

    public CallerContext Caller { get; }

    public DateTime UtcNow { get; }

    public DateTime Today => UtcNow.Date;

    /// <summary>FetchXML useraworderby: choice columns sort by value, not label.</summary>
    public bool RawOrder { get; set; }

    public Guid UserId => Caller.UserId;

    public Guid BusinessUnitId => Organization.Directory.BusinessUnitOfUser(Caller.UserId);

    public IReadOnlyCollection<Guid> Teams => _teams ??= Organization.Directory.TeamsOf(Caller.UserId);

    /// <summary>The related row's primary name, or null when the row or its name is missing.</summary>
    public string? NameOf(EntityReference reference)
    {
        var key = (reference.LogicalName ?? string.Empty, reference.Id);
        if (!_names.TryGetValue(key, out var name))
        {
            name = LookupNames.Resolve(Organization, reference);
            _names[key] = name;
        }

        return name;
    }

    /// <summary>What a column's value sorts by: a lookup by the related row's name, a choice by its label, else its key.</summary>
    public object? SortKeyOf(TableDefinition table, string column, object? value) => value switch
    {
        null => null,
        EntityReference reference => NameOf(reference) ?? string.Empty,
        OptionSetValue option when !RawOrder && table.ChoiceLabel(column, option.Value) is string label => label,
        AliasedValue aliased => SortKeyOf(Organization.Tables.Get(aliased.EntityLogicalName ?? table.LogicalName), aliased.AttributeLogicalName ?? column, aliased.Value),
        _ => ValueKey.Of(value),
    };
}

/// <summary>Fills EntityReference.Name on retrieved lookups with the related row's primary name, as the platform returns them.</summary>
internal static class LookupNames
{
    public static string? Resolve(EmulatedOrganization organization, EntityReference reference)
    {
        if (string.IsNullOrEmpty(reference.LogicalName))
        {
            return null;
        }

        var table = organization.Tables.Get(reference.LogicalName);
        var row = new RowSource(organization).Find(reference.LogicalName, reference.Id);
        return row?[table.PrimaryNameColumn] as string;
    }

    public static Entity Fill(Entity entity, Func<EntityReference, string?> nameOf)
    {
        foreach (var key in entity.Attributes.Keys.ToList())
        {
            switch (entity.Attributes[key])
            {
                case EntityReference reference:
                    reference.Name = nameOf(reference);
                    break;
                case AliasedValue { Value: EntityReference linked }:
                    linked.Name = nameOf(linked);
                    break;
            }
        }

        return entity;
    }
}
