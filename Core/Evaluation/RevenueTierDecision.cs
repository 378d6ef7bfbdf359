using System;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>The revenue tier and why (R8, R9).</summary>
public sealed record RevenueTierDecision
{
    public RevenueTierDecision(RevenueTierStep step, TierDefinition tier, TierDefinition? previous)
    {
        Step = step;
        Tier = tier;
        Previous = previous;
    }

    public RevenueTierStep Step { get; init; }

    /// <summary>The revenue tier now (after any hold).</summary>
    public TierDefinition Tier { get; init; }

    /// <summary>The previous revenue tier, when the policy has it.</summary>
    public TierDefinition? Previous { get; init; }

    /// <summary>For a held demotion: the tier revenue points to.</summary>
    public TierDefinition? HeldTarget { get; init; }

    /// <summary>For a held demotion: the first date it may happen.</summary>
    public DateTime? HeldUntil { get; init; }
}
