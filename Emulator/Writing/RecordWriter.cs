using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Writing;

/// <summary>
/// Turns a caller's entity into the row the platform would store: copied values, UTC or date-only
/// date-times, createdon/modifiedon from the clock, owner and owning business unit, state and
/// status defaults, currency columns and a new RowVersion. Storing is the caller's job.
/// </summary>
internal sealed class RecordWriter
{
    /// <summary>Columns only the platform sets; a caller's value for them is ignored (seeding keeps them).</summary>
    private static readonly FrozenSet<string> PlatformColumns = new[]
    {
        "createdon", "createdby", "modifiedon", "modifiedby", "versionnumber", "owningbusinessunit", "owninguser",
        "owningteam", CurrencyConversion.RateColumn,
    }.ToFrozenSet(StringComparer.Ordinal);

    public const string OverriddenCreatedOn = "overriddencreatedon";

    private readonly EmulatedOrganization _organization;

    public RecordWriter(EmulatedOrganization organization)
    {
        _organization = organization;
    }

    public StoredRow ComposeNew(Entity target, Guid callerId, bool seeding)
    {
        var table = _organization.Tables.Get(target.LogicalName);
        if (Queries.RowSource.IsView(table.LogicalName))
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.ReadOnlyView, table.LogicalName));
        }

        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdColumn, out var key) && key is Guid given && given != Guid.Empty ? given
            : _organization.NewId();
        if (_organization.Store.Find(table.LogicalName, id) is not null)
        {
            throw PlatformFault.Create(PlatformErrorCodes.DuplicateRecord, PlatformFault.Format(PlatformMessages.DuplicateRecord, table.LogicalName, id));
        }

        var values = new Dictionary<string, object?>(target.Attributes.Count + 12, StringComparer.Ordinal);
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Value is null || CurrencyConversion.IsBaseColumn(attribute.Key) || (!seeding && IsPlatformColumn(table, attribute.Key)))
            {
                continue;
            }

            values[attribute.Key] = Normalize(table, attribute.Key, AttributeValues.Copy(attribute.Value));
        }

        values[table.PrimaryIdColumn] = id;
        var now = _organization.UtcNow;

        // "Import data" / the tables' reference: overriddencreatedon on Create is the date the record was
        // originally created. The platform stores it as createdon and keeps the actual time of the
        // create (the migration date) in overriddencreatedon.
        if (values.GetValueOrDefault(OverriddenCreatedOn) is DateTime original && !(seeding && values.ContainsKey("createdon")))
        {
            values["createdon"] = AttributeValues.AsUtc(original);
            values[OverriddenCreatedOn] = now;
        }

        var caller = new EntityReference(StandardTables.SystemUser, callerId);
        values.TryAdd("createdon", now);
        values.TryAdd("modifiedon", values["createdon"]);
        values.TryAdd("createdby", caller);
        values.TryAdd("modifiedby", AttributeValues.CopyReference(caller));

        if (table.Ownership == TableOwnership.User)
        {
            if (values.GetValueOrDefault("ownerid") is not EntityReference owner)
            {
                owner = AttributeValues.CopyReference(caller);
                values["ownerid"] = owner;
            }

            if (!values.ContainsKey("owningbusinessunit"))
            {
                StampOwnership(values, owner);
            }
        }

        if (table.HasState)
        {
            if (values.GetValueOrDefault("statecode") is not OptionSetValue state)
            {
                state = new OptionSetValue(0);
                values["statecode"] = state;
            }

            if (!values.ContainsKey("statuscode") && table.DefaultStatusFor(state.Value) is int status)
            {
                values["statuscode"] = new OptionSetValue(status);
            }
        }

        CurrencyConversion.Apply(table, values, _organization.Store, _organization.BaseCurrencyId);
        var version = _organization.Store.NextVersion();
        values["versionnumber"] = version;
        return new StoredRow(table.LogicalName, id, version, values);
    }

    public StoredRow ComposeUpdate(StoredRow current, Entity target, Guid callerId)
    {
        var table = _organization.Tables.Get(current.Table);
        var values = new Dictionary<string, object?>(current.Values, StringComparer.Ordinal);
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Key == table.PrimaryIdColumn || attribute.Key == OverriddenCreatedOn || CurrencyConversion.IsBaseColumn(attribute.Key) || IsPlatformColumn(table, attribute.Key))
            {
                continue;
            }

            if (attribute.Value is null)
            {
                values.Remove(attribute.Key);
            }
            else
            {
                values[attribute.Key] = Normalize(table, attribute.Key, AttributeValues.Copy(attribute.Value));
            }
        }

        if (table.Ownership == TableOwnership.User && target.Attributes.ContainsKey("ownerid") && values.GetValueOrDefault("ownerid") is EntityReference owner)
        {
            StampOwnership(values, owner);
        }

        if (table.HasState && target.Attributes.ContainsKey("statecode") && !target.Attributes.ContainsKey("statuscode")
            && values.GetValueOrDefault("statecode") is OptionSetValue state && table.DefaultStatusFor(state.Value) is int status)
        {
            values["statuscode"] = new OptionSetValue(status);
        }

        CurrencyConversion.Apply(table, values, _organization.Store, _organization.BaseCurrencyId);
        values["modifiedon"] = _organization.UtcNow;
        values["modifiedby"] = new EntityReference(StandardTables.SystemUser, callerId);
        var version = _organization.Store.NextVersion();
        values["versionnumber"] = version;
        return new StoredRow(table.LogicalName, current.Id, version, values);
    }

    private void StampOwnership(Dictionary<string, object?> values, EntityReference owner)
    {
        values["owningbusinessunit"] = new EntityReference(StandardTables.BusinessUnit, _organization.Directory.BusinessUnitOf(owner));
        values.Remove("owninguser");
        values.Remove("owningteam");
        values[owner.LogicalName == StandardTables.Team ? "owningteam" : "owninguser"] = AttributeValues.CopyReference(owner);
    }

    /// <summary>A currency's own exchangerate is data; on every other table it is computed.</summary>
    private static bool IsPlatformColumn(TableDefinition table, string column) =>
        PlatformColumns.Contains(column)
        && !(column == CurrencyConversion.RateColumn && table.LogicalName == StandardTables.TransactionCurrency);

    private static object? Normalize(TableDefinition table, string column, object? value) => value is DateTime instant
        ? table.DateBehaviorOf(column) == DateBehavior.DateOnly ? AttributeValues.AsDate(instant) : AttributeValues.AsUtc(instant)
        : value;
}
