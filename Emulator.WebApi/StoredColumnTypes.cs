using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// The SDK type a column holds, so a JSON number becomes a Money, an OptionSetValue, an int or a decimal
/// as the platform's metadata would make it. The emulator keeps no attribute metadata, so the facade
/// reads it off the table: declared money and date-only columns, declared choices, statecode/statuscode,
/// else the type of a value already stored in that column (one unlogged SYSTEM query, remembered).
/// </summary>
public sealed class StoredColumnTypes
{
    private readonly EmulatedOrganization _organization;
    private readonly Dictionary<(string Table, string Column), Type?> _known = new();

    public StoredColumnTypes(EmulatedOrganization organization)
    {
        _organization = organization;
    }

    public Type? TypeOf(TableDefinition table, string column)
    {
        if (table.IsMoney(column)) return typeof(Money);
        if (table.DateBehaviorOf(column) == DateBehavior.DateOnly) return typeof(DateTime);
        if (column is "statecode" or "statuscode" || table.HasChoiceLabels(column)) return typeof(OptionSetValue);
        if (_known.TryGetValue((table.LogicalName, column), out var known)) return known;

        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(column), TopCount = 1 };
        query.Criteria.AddCondition(column, ConditionOperator.NotNull);
        var system = new CallerContext(_organization.SystemUserId, isSystem: true);
        var rows = ((RetrieveMultipleResponse)_organization.Execute(new RetrieveMultipleRequest { Query = query }, system)).EntityCollection.Entities;
        var type = rows.Select(r => r.Attributes.TryGetValue(column, out var v) ? v?.GetType() : null).FirstOrDefault(t => t is not null);
        if (type is not null) _known[(table.LogicalName, column)] = type;
        return type;
    }
}
