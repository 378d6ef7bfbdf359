using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>How effective revenue was reached (R5–R7). Parts are unrounded; <see cref="Effective"/> is rounded (R3).</summary>
public sealed record RevenueBreakdown
{
    public decimal Won { get; init; }

    public decimal Paid { get; init; }

    public RevenueBasis Basis { get; init; }

    /// <summary>Won and paid combined by <see cref="Basis"/>.</summary>
    public decimal Realized { get; init; }

    /// <summary>Σ estimated value × probability / 100 of the open pipeline, before the weight.</summary>
    public decimal WeightedPipeline { get; init; }

    public decimal PipelineWeight { get; init; }

    /// <summary>Realized + weight × pipeline: the account's historical revenue.</summary>
    public decimal Historical { get; init; }

    /// <summary>The account was created inside the window (R7).</summary>
    public bool IsYoung { get; init; }

    public decimal? ExpectedAnnualRevenue { get; init; }

    /// <summary>Young and the expectation exceeded historical revenue, so it was used (R7).</summary>
    public bool ExpectedRevenueApplied { get; init; }

    /// <summary>Rounded to 2 decimals, away from zero; what tiers compare and what is stored.</summary>
    public decimal Effective { get; init; }

    /// <summary>True when the parts came from the stored columns (revenue unchanged) rather than fresh facts.</summary>
    public bool FromStoredColumns { get; init; }
}
