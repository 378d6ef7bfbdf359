using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>R15: value against effort.</summary>
public static class QuadrantRules
{
    public static Quadrant For(TierPolicy policy, TierDefinition tier, int? effortToManage)
    {
        var important = tier.Position <= policy.ImportantUpToTier;
        var highEffort = effortToManage is not null && effortToManage.Value >= policy.EffortHighAt;
        return important
            ? (highEffort ? Quadrant.Develop : Quadrant.Maximise)
            : (highEffort ? Quadrant.Eject : Quadrant.Minimise);
    }
}
