using System;
using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Emulator.Faults;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// Row ids by the value of one column, built the first time a query filters on that column by
/// equality and kept current on every write afterwards (children of one account among 100 000).
/// </summary>
internal sealed class ColumnIndex
{
    private static readonly IReadOnlySet<Guid> None = new HashSet<Guid>();
    private readonly Dictionary<object, HashSet<Guid>> _idsByKey = new();
    private object? _sampleKey;

    public ColumnIndex(string column, IEnumerable<StoredRow> rows)
    {
        Column = column;
        foreach (var row in rows)
        {
            Add(row);
        }
    }

    public string Column { get; }

    public void Add(StoredRow row)
    {
        var key = ValueKey.IndexKeyOf(row[Column]);
        if (key is null)
        {
            return;
        }

        _sampleKey ??= key;
        if (!_idsByKey.TryGetValue(key, out var ids))
        {
            ids = new HashSet<Guid>();
            _idsByKey[key] = ids;
        }

        ids.Add(row.Id);
    }

    public void Remove(StoredRow row)
    {
        var key = ValueKey.IndexKeyOf(row[Column]);
        if (key is not null && _idsByKey.TryGetValue(key, out var ids))
        {
            ids.Remove(row.Id);
        }
    }

    /// <summary>Ids whose column equals the value (compared as the platform compares).</summary>
    public IReadOnlySet<Guid> Lookup(object? value)
    {
        if (_sampleKey is null)
        {
            return None;
        }

        if (!ValueKey.TryCoerce(value, _sampleKey, out var key))
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(
                PlatformMessages.ConditionValueMismatch, Column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, _sampleKey.GetType().Name));
        }

        if (key is null)
        {
            return None;
        }

        if (key is string text)
        {
            key = text.ToLowerInvariant();
        }

        return _idsByKey.TryGetValue(key, out var ids) ? ids : None;
    }
}
