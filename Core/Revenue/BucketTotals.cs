using System;
using System.Collections.Generic;

namespace CrmTiering.Core.Revenue;

/// <summary>One account's won and paid totals in one date bucket (null sum = no rows) and the oldest counted date there.</summary>
public sealed record BucketTotals(decimal? Won, decimal? Paid, DateTime? OldestDate)
{
    public static BucketTotals None { get; } = new BucketTotals(null, null, null);

    /// <summary>Two buckets as one: sums add, the oldest date is the older of the two.</summary>
    public BucketTotals Plus(BucketTotals other) => new BucketTotals(
        Add(new[] { Won, other.Won }),
        Add(new[] { Paid, other.Paid }),
        OldestDate is null ? other.OldestDate : other.OldestDate is null ? OldestDate : (OldestDate < other.OldestDate ? OldestDate : other.OldestDate));

    /// <summary>Null when every part is null (nothing counted), else the sum with nulls as 0.</summary>
    public static decimal? Add(IEnumerable<decimal?> parts)
    {
        decimal? sum = null;
        foreach (var part in parts)
        {
            if (part is not null)
            {
                sum = (sum ?? 0m) + part.Value;
            }
        }

        return sum;
    }
}
