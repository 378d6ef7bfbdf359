using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;
using CrmTiering.Core.History;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Evaluation;

/// <summary>The outcome of evaluating one account at one as-of date.</summary>
public sealed record TierEvaluation
{
    public TierEvaluation(EvaluationWindow window, RevenueBreakdown revenue, RevenueTierDecision revenueTier, TierDefinition tierWithoutOverride, TierDefinition tier, StoredTierState state)
    {
        Window = window;
        Revenue = revenue;
        RevenueTier = revenueTier;
        TierWithoutOverride = tierWithoutOverride;
        Tier = tier;
        State = state;
    }

    public EvaluationWindow Window { get; init; }

    public RevenueBreakdown Revenue { get; init; }

    public RevenueTierDecision RevenueTier { get; init; }

    /// <summary>Unrounded weighted mean of the scored factors; null = no score (R10).</summary>
    public decimal? ValueScore { get; init; }

    /// <summary>The bump raised the tier above the revenue tier.</summary>
    public bool BumpApplied { get; init; }

    /// <summary>Revenue tier after the bump: what onboarding and highest use (R11).</summary>
    public TierDefinition TierWithoutOverride { get; init; }

    public OverrideOutcome Override { get; init; }

    /// <summary>The tier after bump and override.</summary>
    public TierDefinition Tier { get; init; }

    public TierMovement Movement { get; init; }

    public MovementSource Source { get; init; }

    /// <summary>The previous tier as the policy knows it; null on Initial or when the policy lacks it.</summary>
    public TierDefinition? PreviousTier { get; init; }

    /// <summary>The tier-change row to write; null when the tier did not change.</summary>
    public TierHistoryEntry? HistoryEntry { get; init; }

    public Quadrant Quadrant { get; init; }

    /// <summary>Effective revenue ÷ client revenue, unrounded; null when the client's revenue is unknown or ≤ 0 (R16).</summary>
    public decimal? ShareOfWallet { get; init; }

    /// <summary>A revenue-tier demotion was held by minDaysInTier (R9).</summary>
    public bool DemotionHeld => RevenueTier.Step == RevenueTierStep.DemotionHeld;

    /// <summary>The calendar date (policy zone) of the next evaluation (R18).</summary>
    public DateTime NextEvaluationOn { get; init; }

    /// <summary><see cref="NextEvaluationOn"/> as the UTC instant the day begins in the policy zone.</summary>
    public DateTime NextEvaluationOnUtc { get; init; }

    /// <summary>The explanation stored in <c>ctier_tierreason</c> (≤ 4 000 characters).</summary>
    public string Explanation { get; init; } = string.Empty;

    /// <summary>The columns to store.</summary>
    public StoredTierState State { get; init; }

    /// <summary>Some stored column differs from the previous state: the adapter writes.</summary>
    public bool Changed { get; init; }

    /// <summary>Notes for the trace log (ignored inputs and the like).</summary>
    public IReadOnlyList<string> Trace { get; init; } = Array.Empty<string>();
}
