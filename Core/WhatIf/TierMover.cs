using CrmTiering.Core.Policy;

namespace CrmTiering.Core.WhatIf;

/// <summary>An account whose tier position differs between the current and the proposed policy.</summary>
public sealed record TierMover(string AccountId, string Name, TierDefinition CurrentTier, TierDefinition ProposedTier, decimal CurrentEffectiveRevenue, decimal ProposedEffectiveRevenue)
{
    /// <summary>Positions gained (positive) or lost (negative) under the proposed policy.</summary>
    public int PositionsUp => CurrentTier.Position - ProposedTier.Position;
}
