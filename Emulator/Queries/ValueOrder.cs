using System;
using CrmTiering.Emulator.Store;

namespace CrmTiering.Emulator.Queries;

/// <summary>Orders comparison keys (see <see cref="ValueKey"/>) as SQL Server does: nulls first, text case-insensitive, uniqueidentifiers in SQL Server's byte order.</summary>
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
            (Guid a, Guid b) => CompareGuids(a, b),
            (bool a, bool b) => a.CompareTo(b),
            _ when left is IComparable comparable && left.GetType() == right.GetType() => comparable.CompareTo(right),
            _ => string.CompareOrdinal(left.GetType().Name, right.GetType().Name),
        };
    }

    /// <summary>
    /// uniqueidentifier order as SQL Server sorts it: bytes 10–15 first, then 8–9, 6–7, 4–5 and 0–3
    /// (SqlGuid's comparison), not .NET's Guid.CompareTo.
    /// </summary>
    public static int CompareGuids(Guid a, Guid b) => SqlGuidOrder.Instance.Compare(a, b);

    public static int CompareValues(object? left, object? right) => Compare(ValueKey.Of(left), ValueKey.Of(right));
}
