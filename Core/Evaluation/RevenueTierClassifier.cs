using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>R8: thresholds and hysteresis, comparing rounded effective revenue.</summary>
internal static class RevenueTierClassifier
{
    public static RevenueTierDecision Classify(TierPolicy policy, decimal effective, TierDefinition? previous, bool previousWasStored)
    {
        if (previous is null)
        {
            return new RevenueTierDecision(previousWasStored ? RevenueTierStep.Reclassified : RevenueTierStep.Initial, FirstReached(policy, effective), null);
        }

        var up = 1m + policy.HysteresisMargin;
        var down = 1m - policy.HysteresisMargin;
        for (var position = 1; position < previous.Position; position++)
        {
            var better = policy.TierAt(position);
            if (effective >= better.MinRevenue * up)
            {
                return new RevenueTierDecision(RevenueTierStep.Promoted, better, previous);
            }
        }

        // The last tier has no threshold of its own: nothing to fall below.
        if (previous.Position < policy.Tiers.Count && effective < previous.MinRevenue * down)
        {
            for (var position = previous.Position + 1; position < policy.Tiers.Count; position++)
            {
                var worse = policy.TierAt(position);
                if (effective >= worse.MinRevenue * down)
                {
                    return new RevenueTierDecision(RevenueTierStep.Demoted, worse, previous);
                }
            }

            return new RevenueTierDecision(RevenueTierStep.Demoted, policy.LastTier, previous);
        }

        return new RevenueTierDecision(RevenueTierStep.Stayed, previous, previous);
    }

    /// <summary>Without hysteresis: the first tier whose threshold is reached; the last catches the rest.</summary>
    public static TierDefinition FirstReached(TierPolicy policy, decimal effective)
    {
        for (var position = 1; position < policy.Tiers.Count; position++)
        {
            var tier = policy.TierAt(position);
            if (effective >= tier.MinRevenue)
            {
                return tier;
            }
        }

        return policy.LastTier;
    }
}
