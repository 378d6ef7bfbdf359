using System;
using CrmTiering.Core.Choices;

namespace CrmTiering.Core.History;

/// <summary>One <c>ctier_tierchange</c> row (R13): written for every tier change, Initial included.</summary>
public sealed record TierHistoryEntry
{
    public string AccountId { get; init; } = string.Empty;

    /// <summary>Tier option value before; null for Initial.</summary>
    public int? FromTier { get; init; }

    public int ToTier { get; init; }

    public TierMovement Movement { get; init; }

    public decimal EffectiveRevenue { get; init; }

    public string Reason { get; init; } = string.Empty;

    public MovementSource Source { get; init; }

    /// <summary>The as-of instant (UTC).</summary>
    public DateTime CalculatedOn { get; init; }
}
