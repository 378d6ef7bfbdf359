using System;

namespace CrmTiering.Plugins.Data;

/// <summary>What one aggregate over one date slice gives: a sum (null = nothing counted) and the oldest counted date.</summary>
public sealed class RevenueSliceTotals
{
    public RevenueSliceTotals(decimal? sum, DateTime? oldestDate)
    {
        Sum = sum;
        OldestDate = oldestDate;
    }

    public decimal? Sum { get; }

    /// <summary>Calendar date in the policy zone.</summary>
    public DateTime? OldestDate { get; }

    /// <summary>Two adjacent slices as one: sums add, the older date wins.</summary>
    public RevenueSliceTotals Plus(RevenueSliceTotals other) => new RevenueSliceTotals(
        Sum is null && other.Sum is null ? null : (Sum ?? 0m) + (other.Sum ?? 0m),
        Older(OldestDate, other.OldestDate));

    public static DateTime? Older(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
