using System;

namespace CrmTiering.Core.Evaluation;

/// <summary>A manual tier override (R11): <c>ctier_tieroverride</c>, <c>ctier_tieroverrideuntil</c>, <c>ctier_tieroverridereason</c>.</summary>
public sealed record TierOverride
{
    /// <summary>Tier option value; null = no override.</summary>
    public int? Tier { get; init; }

    /// <summary>Last calendar date the override is in force (inclusive); null = until removed.</summary>
    public DateTime? Until { get; init; }

    public string? Reason { get; init; }

    /// <summary>R11: set and (no end date or D ≤ until).</summary>
    public bool IsInForceOn(DateTime date) => Tier is not null && (Until is null || date.Date <= Until.Value.Date);
}
