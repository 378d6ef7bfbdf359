using System;
using CrmTiering.Emulator.Store;

namespace CrmTiering.Emulator.Queries;

/// <summary>Orders comparison keys (see <see cref="ValueKey"/>) as SQL Server does: nulls first, text case-insensitive.</summary>
internal static class ValueOrder
{
    public static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return (left, right) switch
        {
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (decimal a, decimal b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            (Guid a, Guid b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            _ when left is IComparable comparable && left.GetType() == right.GetType() => comparable.CompareTo(right),
            _ => string.CompareOrdinal(left.GetType().Name, right.GetType().Name),
        };
    }

    public static int CompareValues(object? left, object? right) => Compare(ValueKey.Of(left), ValueKey.Of(right));
}
