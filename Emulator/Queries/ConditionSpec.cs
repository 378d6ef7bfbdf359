using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// One condition; <see cref="EntityAlias"/> null means the table whose filter holds it. Remembers
/// each value once brought to the stored column's kind (FetchXML text is parsed once per query,
/// not once per row).
/// </summary>
internal sealed class ConditionSpec
{
    private readonly (Type? Kind, bool Ok, object? Value)[] _coerced;

    public ConditionSpec(string? entityAlias, string column, ConditionOperator op, IReadOnlyList<object?> values)
    {
        EntityAlias = entityAlias;
        Column = column;
        Operator = op;
        Values = values;
        _coerced = new (Type?, bool, object?)[values.Count];
    }

    public string? EntityAlias { get; }

    public string Column { get; }

    public ConditionOperator Operator { get; }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>Column comparison (FetchXML valueof, QueryExpression CompareColumns): the other column, optionally "alias.column".</summary>
    public string? ValueOf { get; init; }

    /// <summary>
    /// Every value read as an id, for an in / not-in on a lookup or id column (a page of 250 accounts
    /// is tested per row in one set lookup, not 250 comparisons). Null when some value is not an id:
    /// then the values are compared one by one, so the fault is the one that comparison gives.
    /// </summary>
    public HashSet<Guid>? IdSet(object idKind)
    {
        if (!_idSetRead)
        {
            _idSetRead = true;
            var ids = new HashSet<Guid>();
            for (var i = 0; i < Values.Count; i++)
            {
                if (!TryCoerce(i, idKind, out var key))
                {
                    return null;
                }

                if (key is Guid id)
                {
                    ids.Add(id);
                }
            }

            _idSet = ids;
        }

        return _idSet;
    }

    private HashSet<Guid>? _idSet;
    private bool _idSetRead;

    /// <summary>Value <paramref name="index"/> as a key of the same kind as <paramref name="storedKey"/>; false when it cannot be.</summary>
    public bool TryCoerce(int index, object storedKey, out object? key)
    {
        var kind = storedKey.GetType();
        var cached = _coerced[index];
        if (cached.Kind != kind)
        {
            var ok = ValueKey.TryCoerce(Values[index], storedKey, out var value);
            cached = (kind, ok, value);
            _coerced[index] = cached;
        }

        key = cached.Value;
        return cached.Ok;
    }
}
