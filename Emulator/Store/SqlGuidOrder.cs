using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// uniqueidentifier order as SQL Server sorts it: bytes 10–15 first, then 8–9, 6–7, 4–5 and 0–3
/// (SqlGuid's comparison, not .NET's Guid.CompareTo), without allocating per comparison.
/// </summary>
internal sealed class SqlGuidOrder : IComparer<Guid>
{
    public static readonly SqlGuidOrder Instance = new();

    /// <summary>The byte positions compared, most significant first.</summary>
    private static ReadOnlySpan<byte> ByteOrder => new byte[] { 10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3 };

    public int Compare(Guid x, Guid y)
    {
        if (x == y)
        {
            return 0;
        }

        Span<byte> left = stackalloc byte[16];
        Span<byte> right = stackalloc byte[16];
        x.TryWriteBytes(left);
        y.TryWriteBytes(right);
        foreach (var index in ByteOrder)
        {
            if (left[index] != right[index])
            {
                return left[index] < right[index] ? -1 : 1;
            }
        }

        return 0;
    }
}
