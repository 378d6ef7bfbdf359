using System;
using CrmTiering.Core.Choices;

namespace CrmTiering.Core.Evaluation;

/// <summary>
/// Every computed account column an evaluation stores. Value equality tells adapters whether to
/// write: <see cref="HasSameColumnsAs"/> ignores <see cref="CalculatedOn"/>, which moves only when
/// another column changes. Tiers are option values; <c>…On</c> dates are calendar dates in the
/// policy zone (store them as <see cref="Time.PolicyTimeZone.StartOfDayUtc"/>), except
/// <see cref="CalculatedOn"/>, a UTC instant.
/// </summary>
public sealed record StoredTierState
{
    /// <summary>An account never evaluated.</summary>
    public static StoredTierState Empty { get; } = new StoredTierState();

    /// <summary><c>ctier_tier</c>: after bump and override.</summary>
    public int? Tier { get; init; }

    /// <summary><c>ctier_revenuetier</c>: from revenue alone, with hysteresis and hold.</summary>
    public int? RevenueTier { get; init; }

    /// <summary><c>ctier_previoustier</c>: the tier before the last change.</summary>
    public int? PreviousTier { get; init; }

    /// <summary><c>ctier_onboardingtier</c>: the first computed tier (without override).</summary>
    public int? OnboardingTier { get; init; }

    /// <summary><c>ctier_highesttier</c>: the best computed tier ever (without override).</summary>
    public int? HighestTier { get; init; }

    /// <summary><c>ctier_lastmovement</c>; never <see cref="TierMovement.None"/>.</summary>
    public TierMovement? LastMovement { get; init; }

    public DateTime? TierChangedOn { get; init; }

    public DateTime? RevenueTierChangedOn { get; init; }

    /// <summary><c>ctier_effectiverevenue</c>, rounded to 2 decimals (R3).</summary>
    public decimal? EffectiveRevenue { get; init; }

    /// <summary><c>ctier_wonrevenue</c>, rounded to 2 decimals like every currency column.</summary>
    public decimal? WonRevenue { get; init; }

    /// <summary><c>ctier_paidrevenue</c>, rounded to 2 decimals.</summary>
    public decimal? PaidRevenue { get; init; }

    /// <summary><c>ctier_valuescore</c>, rounded to 2 decimals (R10).</summary>
    public decimal? ValueScore { get; init; }

    /// <summary><c>ctier_shareofwallet</c>: a ratio rounded to 4 decimals (0.0125 = 1.25 %).</summary>
    public decimal? ShareOfWallet { get; init; }

    public Quadrant? Quadrant { get; init; }

    /// <summary><c>ctier_belowpeak</c> (R17).</summary>
    public bool BelowPeak { get; init; }

    /// <summary><c>ctier_tierreason</c>: the explanation.</summary>
    public string? Reason { get; init; }

    public DateTime? NextEvaluationOn { get; init; }

    public CalculationStatus? CalculationStatus { get; init; }

    public string? CalculationError { get; init; }

    /// <summary><c>ctier_calculatedon</c>: the as-of (UTC) of the last evaluation that changed a column.</summary>
    public DateTime? CalculatedOn { get; init; }

    /// <summary>True when every stored column but <see cref="CalculatedOn"/> is equal: nothing to write.</summary>
    public bool HasSameColumnsAs(StoredTierState other) => Equals(other with { CalculatedOn = CalculatedOn });
}
