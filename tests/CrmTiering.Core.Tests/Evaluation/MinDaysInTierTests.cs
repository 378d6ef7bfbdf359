using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R9: demotions held while whole days in the revenue tier &lt; minDaysInTier.</summary>
public sealed class MinDaysInTierTests
{
    private static readonly CrmTiering.Core.Policy.TierPolicy Policy = Given.Policy("\"minDaysInTier\":0", "\"minDaysInTier\":30");
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static StoredTierState InTier2Since(System.DateTime changedOn) =>
        new StoredTierState { Tier = Given.Tier2, RevenueTier = Given.Tier2, OnboardingTier = Given.Tier2, HighestTier = Given.Tier2, RevenueTierChangedOn = changedOn, TierChangedOn = changedOn };

    [Fact]
    public void Demotion_is_held_while_min_days_in_tier_not_reached()
    {
        var result = Given.Evaluate(Policy, AsOf, 1000m, InTier2Since(AsOf.AddDays(-29)));

        Assert.True(result.DemotionHeld);
        Assert.Equal(Given.Tier2, result.State.RevenueTier);
        Assert.Equal(AsOf.AddDays(1), result.RevenueTier.HeldUntil);
        Assert.Contains("held until 2024-07-01", result.Explanation);
        Assert.Equal(AsOf.AddDays(1), result.NextEvaluationOn);
    }

    [Fact]
    public void Demotion_happens_once_min_days_in_tier_are_reached()
    {
        var result = Given.Evaluate(Policy, AsOf, 1000m, InTier2Since(AsOf.AddDays(-30)));

        Assert.False(result.DemotionHeld);
        Assert.Equal(Given.Tier3, result.State.RevenueTier);
        Assert.Equal(AsOf, result.State.RevenueTierChangedOn);
    }

    [Fact]
    public void Promotions_are_never_held()
    {
        var result = Given.Evaluate(Policy, AsOf, 900000m, InTier2Since(AsOf));

        Assert.Equal(Given.Tier1, result.State.RevenueTier);
    }

    [Fact]
    public void Initial_sets_both_change_dates_to_the_as_of_date()
    {
        var result = Given.Evaluate(Policy, AsOf, 1000m);

        Assert.Equal(AsOf, result.State.RevenueTierChangedOn);
        Assert.Equal(AsOf, result.State.TierChangedOn);
    }

    [Fact]
    public void Revenue_tier_change_date_stays_while_the_revenue_tier_stays()
    {
        var since = Given.Date(2024, 1, 1);

        Assert.Equal(since, Given.Evaluate(Policy, AsOf, 150000m, InTier2Since(since)).State.RevenueTierChangedOn);
    }
}
