using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// The rows of one table, keyed by primary id, with equality indexes and the ids in SQL Server's
/// uniqueidentifier order, each built on first use and kept current on every write afterwards.
/// </summary>
public sealed class Table
{
    private readonly Dictionary<Guid, StoredRow> _rows = new();
    private readonly Dictionary<string, ColumnIndex> _indexes = new(StringComparer.Ordinal);
    private SortedSet<Guid>? _idsInOrder;

    internal Table(string logicalName)
    {
        LogicalName = logicalName;
    }

    public string LogicalName { get; }

    public int Count => _rows.Count;

    internal IEnumerable<StoredRow> Rows => _rows.Values;

    internal StoredRow? Find(Guid id) => _rows.TryGetValue(id, out var row) ? row : null;

    /// <summary>Stores the row (insert or replace) and returns the row it replaced.</summary>
    internal StoredRow? Put(StoredRow row)
    {
        var previous = Find(row.Id);
        if (previous is not null)
        {
            foreach (var index in _indexes.Values)
            {
                index.Remove(previous);
            }
        }

        _rows[row.Id] = row;
        if (previous is null)
        {
            _idsInOrder?.Add(row.Id);
        }

        foreach (var index in _indexes.Values)
        {
            index.Add(row);
        }

        return previous;
    }

    internal StoredRow? Remove(Guid id)
    {
        if (!_rows.Remove(id, out var previous))
        {
            return null;
        }

        _idsInOrder?.Remove(id);
        foreach (var index in _indexes.Values)
        {
            index.Remove(previous);
        }

        return previous;
    }

    /// <summary>Ids of the rows whose column equals the value; builds the column's index on first use.</summary>
    internal IReadOnlySet<Guid> IdsWhere(string column, object? value)
    {
        if (!_indexes.TryGetValue(column, out var index))
        {
            index = new ColumnIndex(column, _rows.Values);
            _indexes[column] = index;
        }

        return index.Lookup(value);
    }

    /// <summary>Whether the column's equality index exists (tests check it is kept current once built).</summary>
    internal bool HasIndexOn(string column) => _indexes.ContainsKey(column);

    /// <summary>
    /// Ids in SQL Server's uniqueidentifier order (<see cref="SqlGuidOrder"/>), after <paramref name="after"/>
    /// when given (exclusive); built on first use. A live view: do not write while enumerating it.
    /// </summary>
    internal IEnumerable<Guid> IdsInOrder(Guid? after)
    {
        _idsInOrder ??= new SortedSet<Guid>(_rows.Keys, SqlGuidOrder.Instance);
        if (after is not Guid start)
        {
            return _idsInOrder;
        }

        return _idsInOrder.Count == 0 || SqlGuidOrder.Instance.Compare(start, _idsInOrder.Max) >= 0
            ? Array.Empty<Guid>()
            : Skip(_idsInOrder.GetViewBetween(start, _idsInOrder.Max), start);
    }

    private static IEnumerable<Guid> Skip(IEnumerable<Guid> ids, Guid excluded)
    {
        foreach (var id in ids)
        {
            if (id != excluded)
            {
                yield return id;
            }
        }
    }
}
