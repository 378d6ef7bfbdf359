namespace CrmTiering.Core.Evaluation;

/// <summary>What the revenue-tier classification did (R8, R9).</summary>
public enum RevenueTierStep
{
    /// <summary>No previous revenue tier: the first tier reached.</summary>
    Initial,

    /// <summary>The stored revenue tier is not in the policy: classified afresh, without hysteresis.</summary>
    Reclassified,

    /// <summary>Reached a better tier's threshold × (1 + margin).</summary>
    Promoted,

    /// <summary>Fell below own threshold × (1 − margin).</summary>
    Demoted,

    /// <summary>A demotion held by minDaysInTier (R9).</summary>
    DemotionHeld,

    /// <summary>Inside the hysteresis band: no change.</summary>
    Stayed,

    /// <summary>Revenue unchanged (inputs-only evaluation): the stored revenue tier kept.</summary>
    Kept,
}
