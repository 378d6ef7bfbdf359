using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R12 movements and R13 history.</summary>
public sealed class MovementAndHistoryTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);
    private static readonly System.DateTime Earlier = Given.Date(2022, 1, 1);

    private static StoredTierState Settled(int tier) =>
        new StoredTierState { Tier = tier, RevenueTier = tier, OnboardingTier = tier, HighestTier = tier, TierChangedOn = Earlier, RevenueTierChangedOn = Earlier, LastMovement = TierMovement.Initial };

    private static CrmTiering.Core.Policy.TierPolicy FourTiers => Given.PolicyWithManyTiers(
        "{\"hysteresisMargin\":0,\"tiers\":[{\"name\":\"A\",\"minRevenue\":1000},{\"name\":\"B\",\"minRevenue\":100},{\"name\":\"C\",\"minRevenue\":10},{\"name\":\"D\",\"minRevenue\":0}]}");

    [Fact]
    public void First_evaluation_is_initial_with_a_history_row_and_no_previous_tier()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m);

        Assert.Equal(TierMovement.Initial, result.Movement);
        Assert.Equal(TierMovement.Initial, result.State.LastMovement);
        Assert.Null(result.State.PreviousTier);
        Assert.Null(result.HistoryEntry!.FromTier);
        Assert.Equal(Given.Tier2, result.HistoryEntry.ToTier);
        Assert.Equal(150000m, result.HistoryEntry.EffectiveRevenue);
        Assert.Equal(result.Explanation, result.HistoryEntry.Reason);
        Assert.Equal(Given.Tier2, result.State.OnboardingTier);
        Assert.Equal(Given.Tier2, result.State.HighestTier);
    }

    [Theory]
    [InlineData(150, 1, TierMovement.Tier1Slip)]
    [InlineData(5, 1, TierMovement.Tier1Slip)]
    [InlineData(15, 2, TierMovement.Demotion)]
    [InlineData(5, 2, TierMovement.Demotion)]
    [InlineData(150, 3, TierMovement.Promotion)]
    [InlineData(5000, 2, TierMovement.Promotion)]
    [InlineData(5000, 3, TierMovement.Surge)]
    [InlineData(15, 4, TierMovement.Surge)]
    [InlineData(150, 2, TierMovement.None)]
    public void Movement_is_classified_by_position(decimal revenue, int previousPosition, TierMovement expected)
    {
        var policy = FourTiers;

        var result = Given.Evaluate(policy, AsOf, revenue, Settled(policy.TierAt(previousPosition).Value));

        Assert.Equal(expected, result.Movement);
    }

    [Fact]
    public void Any_rise_from_the_last_tier_is_a_surge()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, Settled(Given.Tier3));

        Assert.Equal(TierMovement.Surge, result.Movement);
    }

    [Fact]
    public void A_tier_change_stores_previous_tier_movement_and_date()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, Settled(Given.Tier1));

        Assert.Equal(Given.Tier1, result.State.PreviousTier);
        Assert.Equal(TierMovement.Tier1Slip, result.State.LastMovement);
        Assert.Equal(AsOf, result.State.TierChangedOn);
        Assert.Equal(Given.Tier1, result.HistoryEntry!.FromTier);
    }

    [Fact]
    public void Without_a_tier_change_the_stored_movement_fields_stay_and_no_row_is_written()
    {
        var previous = Settled(Given.Tier2) with { PreviousTier = Given.Tier3, LastMovement = TierMovement.Surge };

        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, previous);

        Assert.Equal(TierMovement.None, result.Movement);
        Assert.Null(result.HistoryEntry);
        Assert.Equal(Given.Tier3, result.State.PreviousTier);
        Assert.Equal(TierMovement.Surge, result.State.LastMovement);
        Assert.Equal(Earlier, result.State.TierChangedOn);
    }

    [Fact]
    public void Onboarding_tier_never_changes_and_highest_keeps_the_best()
    {
        var previous = Settled(Given.Tier2) with { OnboardingTier = Given.Tier3, HighestTier = Given.Tier1 };

        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, previous);

        Assert.Equal(Given.Tier3, result.State.Tier);
        Assert.Equal(Given.Tier3, result.State.OnboardingTier);
        Assert.Equal(Given.Tier1, result.State.HighestTier);
        Assert.True(result.State.BelowPeak);
    }

    [Fact]
    public void Highest_rises_with_a_better_tier()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 900000m, Settled(Given.Tier2));

        Assert.Equal(Given.Tier1, result.State.HighestTier);
        Assert.False(result.State.BelowPeak);
    }

    [Fact]
    public void A_previous_tier_the_policy_lacks_gives_an_initial_movement_and_keeps_onboarding()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, Settled(99));

        Assert.Equal(TierMovement.Initial, result.Movement);
        Assert.Equal(99, result.State.OnboardingTier);
        Assert.Equal(Given.Tier2, result.State.HighestTier);
        Assert.Equal(99, result.HistoryEntry!.FromTier);
    }

    [Fact]
    public void Movement_rules_are_usable_alone()
    {
        var policy = Given.Policy();

        Assert.Equal(TierMovement.Tier1Slip, MovementRules.Classify(policy, policy.TierAt(1), policy.TierAt(3)));
        Assert.Equal(TierMovement.Initial, MovementRules.Classify(policy, null, policy.TierAt(3)));
        Assert.True(MovementRules.IsFollowUpMovement(TierMovement.Surge));
        Assert.False(MovementRules.IsFollowUpMovement(TierMovement.Promotion));
    }
}
