using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>R12: how a tier moved, by position in the policy (1 = best).</summary>
public static class MovementRules
{
    /// <param name="policy">The policy that positions the tiers.</param>
    /// <param name="from">The previous tier; null = none (Initial).</param>
    /// <param name="to">The tier now.</param>
    public static TierMovement Classify(TierPolicy policy, TierDefinition? from, TierDefinition to)
    {
        if (from is null)
        {
            return TierMovement.Initial;
        }

        if (to.Position < from.Position)
        {
            return from.Position == policy.Tiers.Count || from.Position - to.Position >= 2 ? TierMovement.Surge : TierMovement.Promotion;
        }

        if (to.Position > from.Position)
        {
            return from.Position == 1 ? TierMovement.Tier1Slip : TierMovement.Demotion;
        }

        return TierMovement.None;
    }

    /// <summary>Movements that call for a follow-up task (R14).</summary>
    public static bool IsFollowUpMovement(TierMovement movement) =>
        movement == TierMovement.Tier1Slip || movement == TierMovement.Surge;
}
