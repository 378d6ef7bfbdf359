using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// The smallest set of root-row ids a filter can be proved to stay within, from the equality indexes:
/// in an and-filter, any one eq or in condition on a root column (a lookup, an id, a choice…) or any
/// child filter that is itself bounded; in an or-filter, the union of its branches when every branch is
/// bounded. Only a superset: the engine still applies the whole filter to each candidate, so the rows
/// returned are those a full scan returns. Null when nothing bounds the filter. A value an index cannot
/// read (the fault an indexed eq gives) makes that condition unbounded here, never a fault: which
/// conditions fault stays the engine's first-equality rule's.
/// </summary>
internal sealed class IndexedCandidates
{
    private readonly RowSource _rows;
    private readonly TableDefinition _table;
    private readonly Func<string, bool> _isRootAlias;

    public IndexedCandidates(RowSource rows, TableDefinition table, Func<string, bool> isRootAlias)
    {
        _rows = rows;
        _table = table;
        _isRootAlias = isRootAlias;
    }

    /// <summary>The ids the filter's rows must be among, or null when no index bounds it.</summary>
    public IReadOnlySet<Guid>? Bound(FilterSpec filter) => filter.IsOr ? Union(filter) : Smallest(filter);

    private IReadOnlySet<Guid>? Smallest(FilterSpec filter)
    {
        IReadOnlySet<Guid>? best = null;
        foreach (var condition in filter.Conditions)
        {
            best = Smaller(best, OfCondition(condition));
            if (best is { Count: 0 })
            {
                return best;
            }
        }

        foreach (var child in filter.Filters)
        {
            if (!child.IsEmpty)
            {
                best = Smaller(best, Bound(child));
            }
        }

        return best;
    }

    /// <summary>Every branch must be bounded (a condition, a link or a child that is not leaves the or-filter unbounded).</summary>
    private IReadOnlySet<Guid>? Union(FilterSpec filter)
    {
        if (filter.IsEmpty || filter.Links.Count > 0)
        {
            return null;
        }

        var union = new HashSet<Guid>();
        foreach (var condition in filter.Conditions)
        {
            if (OfCondition(condition) is not { } ids)
            {
                return null;
            }

            union.UnionWith(ids);
        }

        foreach (var child in filter.Filters)
        {
            if (child.IsEmpty)
            {
                continue;
            }

            if (Bound(child) is not { } ids)
            {
                return null;
            }

            union.UnionWith(ids);
        }

        return union;
    }

    private IReadOnlySet<Guid>? OfCondition(ConditionSpec condition)
    {
        var usable = condition.ValueOf is null
            && (condition.EntityAlias is null || _isRootAlias(condition.EntityAlias))
            && (condition.Operator == ConditionOperator.Equal ? condition.Values.Count == 1 : condition.Operator == ConditionOperator.In && condition.Values.Count > 0)
            && _table.DateBehaviorOf(condition.Column) != DateBehavior.DateOnly; // equal dates, not equal instants
        if (!usable)
        {
            return null;
        }

        var ids = new HashSet<Guid>();
        foreach (var value in condition.Values)
        {
            if (value is null)
            {
                // eq / in null matches no row (SQL null semantics): adds nothing.
                continue;
            }

            if (condition.Column == _table.PrimaryIdColumn)
            {
                if (!ValueKey.TryCoerce(value, Guid.Empty, out var key) || key is not Guid id)
                {
                    return null;
                }

                if (_rows.Find(_table.LogicalName, id) is not null)
                {
                    ids.Add(id);
                }

                continue;
            }

            try
            {
                var matching = _rows.IdsWhere(_table.LogicalName, condition.Column, value);
                if (condition.Values.Count == 1)
                {
                    // The index's own set, not a copy: the engine only reads it before any write.
                    return matching;
                }

                ids.UnionWith(matching);
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // The value is not of the column's kind: leave this condition to the filter itself.
                return null;
            }
        }

        return ids;
    }

    private static IReadOnlySet<Guid>? Smaller(IReadOnlySet<Guid>? current, IReadOnlySet<Guid>? candidate) =>
        candidate is null ? current : current is null || candidate.Count < current.Count ? candidate : current;
}
