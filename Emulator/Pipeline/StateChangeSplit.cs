using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// An Update carrying statecode/statuscode and other columns runs as two passes, as the platform
/// documents ("Behavior of specialized update operations"): the other columns first, then state
/// and status; Pre- and PostOperation steps (and background processes) run once per pass,
/// PreValidation once with the whole Target.
/// </summary>
internal static class StateChangeSplit
{
    private static readonly string[] StateColumns = { "statecode", "statuscode" };

    public static IReadOnlyList<ParameterCollection> PassesOf(EventOperation operation, ParameterCollection inputs, TableCatalog tables)
    {
        if (operation.Message != StepMessages.Update || !inputs.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return new[] { inputs };
        }

        var primaryKey = tables.Get(target.LogicalName).PrimaryIdColumn;
        var stateColumns = target.Attributes.Where(a => StateColumns.Contains(a.Key)).ToList();
        var otherColumns = target.Attributes.Where(a => !StateColumns.Contains(a.Key) && a.Key != primaryKey).ToList();
        if (stateColumns.Count == 0 || otherColumns.Count == 0)
        {
            return new[] { inputs };
        }

        // The concurrency check belongs to the first pass: the second sees the row the first wrote.
        var first = new Entity(target.LogicalName, operation.PrimaryId) { RowVersion = target.RowVersion };
        var second = new Entity(target.LogicalName, operation.PrimaryId);
        foreach (var column in otherColumns)
        {
            first[column.Key] = column.Value;
        }

        foreach (var column in stateColumns)
        {
            second[column.Key] = column.Value;
        }

        return new[] { WithTarget(inputs, first), WithTarget(inputs, second) };
    }

    private static ParameterCollection WithTarget(ParameterCollection inputs, Entity target)
    {
        var copy = ParameterSnapshot.Of(inputs);
        copy["Target"] = target;
        return copy;
    }
}
