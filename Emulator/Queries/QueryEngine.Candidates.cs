using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>The candidate rows a query checks: by id, through the store's indexes, or by a keyset walk in id order.</summary>
internal sealed partial class QueryEngine
{
    /// <summary>
    /// Rows of the root table worth checking: one by id, a few through an index, or all. The first
    /// equality's index is always consulted (its value fault is the query's), then narrowed to a
    /// smaller bound the filter's other eq / in conditions and or-branches prove (<see cref="IndexedCandidates"/>):
    /// never rows the first rule would not have checked.
    /// </summary>
    private IEnumerable<StoredRow> Candidates(QuerySource root, FilterSpec? filter)
    {
        var table = root.Spec.Table;
        var equality = FirstEquality(root, filter);
        if (equality is not null && equality.Column == root.Table.PrimaryIdColumn)
        {
            return ValueKey.TryCoerce(equality.Values[0], Guid.Empty, out var id) && id is Guid key && _rowSource.Find(table, key) is StoredRow row
                ? new[] { row }
                : Array.Empty<StoredRow>();
        }

        if (RowSource.IsView(table))
        {
            return equality is null ? _rowSource.All(table) : _rowSource.Where(table, equality.Column, equality.Values[0]);
        }

        var first = equality is null ? null : _rowSource.IdsWhere(table, equality.Column, equality.Values[0]);
        var bound = filter is null || first is { Count: 0 } ? null : new IndexedCandidates(_rowSource, root.Table, IsRootAlias).Bound(filter);
        if (bound is not null && bound.Count < (first?.Count ?? _rowSource.CountOf(table)))
        {
            return Within(table, bound, first);
        }

        return first is null ? _rowSource.All(table) : Within(table, first, null);
    }

    /// <summary>The engine's long-standing rule: the first eq condition of an and-filter on a root column (not a date-only one).</summary>
    private ConditionSpec? FirstEquality(QuerySource root, FilterSpec? filter) =>
        filter is { IsOr: false }
            ? filter.Conditions.FirstOrDefault(c =>
                c.Operator == ConditionOperator.Equal && c.ValueOf is null && c.Values.Count == 1 && c.Values[0] is not null
                && (c.EntityAlias is null || SlotOf(c.EntityAlias) == 0)
                && root.Table.DateBehaviorOf(c.Column) != DateBehavior.DateOnly) // equal dates, not equal instants
            : null;

    private bool IsRootAlias(string alias) => _slotByAlias.TryGetValue(alias, out var slot) && slot == 0;

    /// <summary>The rows of <paramref name="ids"/> that are also in <paramref name="within"/> (when given), read before any write.</summary>
    private List<StoredRow> Within(string table, IReadOnlySet<Guid> ids, IReadOnlySet<Guid>? within)
    {
        var rows = new List<StoredRow>(ids.Count);
        foreach (var id in ids)
        {
            if ((within is null || within.Contains(id)) && _rowSource.Find(table, id) is StoredRow row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>
    /// A top-N query of one table in id order (keyset paging: <c>id gt last</c>, order by id, top N)
    /// reads ids in SQL Server's order and stops at the N-th row that passes security and the filter,
    /// instead of filtering and sorting the whole table: the same N rows, in the same order. Null when
    /// the query is not of that shape, or an index bounds it to a small part of the table (then filtering and sorting is cheaper).
    /// </summary>
    private List<StoredRow?[]>? FirstByIdOrder(QuerySpec spec, QuerySource root, FilterSpec? filter)
    {
        var idColumn = root.Table.PrimaryIdColumn;
        var byId = spec.Orders.Count == 0
            || (spec.Orders.Count == 1 && !spec.Orders[0].Descending && spec.Orders[0].Column == idColumn && (spec.Orders[0].EntityAlias is null || IsRootAlias(spec.Orders[0].EntityAlias!)));
        if (spec.IsAggregate || _sources.Count != 1 || spec.Top is not int top || top <= 0 || spec.Distinct || spec.ReturnTotalRecordCount || !byId || RowSource.IsView(root.Spec.Table))
        {
            return null;
        }

        var table = root.Spec.Table;
        var equality = FirstEquality(root, filter);
        if (equality is not null && equality.Column == idColumn)
        {
            return null;
        }

        var first = equality is null ? null : _rowSource.IdsWhere(table, equality.Column, equality.Values[0]);
        var bound = filter is null ? null : new IndexedCandidates(_rowSource, root.Table, IsRootAlias).Bound(filter);
        // Walking the ids pays only when the candidates are much of the table (an account page);
        // a bound to one account's rows is cheaper to filter and sort (a large account's probe).
        var narrowest = Math.Min(bound?.Count ?? int.MaxValue, first?.Count ?? int.MaxValue);
        if (narrowest < SmallBound || narrowest < _rowSource.CountOf(table) / WalkFraction)
        {
            return null;
        }

        var rows = new List<StoredRow?[]>(top);
        foreach (var id in _rowSource.IdsInOrder(table, filter is null ? null : IdAfter(filter, idColumn)))
        {
            if ((first is not null && !first.Contains(id)) || (bound is not null && !bound.Contains(id))
                || _rowSource.Find(table, id) is not StoredRow row || !root.Access.CanRead(row))
            {
                continue;
            }

            var joined = new StoredRow?[] { row };
            if (filter is null || Matches(filter, joined, 0))
            {
                rows.Add(joined);
                if (rows.Count == top)
                {
                    break;
                }
            }
        }

        return rows;
    }

    /// <summary>Below this many candidates filtering and sorting them is cheaper than walking the ids in order.</summary>
    private const int SmallBound = 2_000;

    /// <summary>Walk the ids in order only when the candidates are at least this fraction (1/n) of the table.</summary>
    private const int WalkFraction = 8;

    /// <summary>The id of an and-filter's <c>id gt value</c> condition: rows at or before it cannot match.</summary>
    private Guid? IdAfter(FilterSpec filter, string idColumn)
    {
        if (filter.IsOr)
        {
            return null;
        }

        foreach (var condition in filter.Conditions)
        {
            if (condition.Operator == ConditionOperator.GreaterThan && condition.Column == idColumn && condition.ValueOf is null && condition.Values.Count == 1
                && (condition.EntityAlias is null || IsRootAlias(condition.EntityAlias))
                && ValueKey.TryCoerce(condition.Values[0], Guid.Empty, out var key) && key is Guid after)
            {
                return after;
            }
        }

        return null;
    }
}
