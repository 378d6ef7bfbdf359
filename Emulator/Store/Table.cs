using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Store;

/// <summary>The rows of one table, keyed by primary id, with equality indexes on demand.</summary>
public sealed class Table
{
    private readonly Dictionary<Guid, StoredRow> _rows = new();
    private readonly Dictionary<string, ColumnIndex> _indexes = new(StringComparer.Ordinal);

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

        foreach (var index in _indexes.Values)
        {
            index.Remove(previous);
        }

        return previous;
    }

    /// <summary>Ids of the rows whose column equals the value; builds the column's index on first use.</summary>
    internal IReadOnlyCollection<Guid> IdsWhere(string column, object? value)
    {
        if (!_indexes.TryGetValue(column, out var index))
        {
            index = new ColumnIndex(column, _rows.Values);
            _indexes[column] = index;
        }

        return index.Lookup(value);
    }
}
