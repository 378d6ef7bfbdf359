using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R8: thresholds ("reaches" is ≥) and hysteresis against the previous revenue tier.</summary>
public sealed class ThresholdAndHysteresisTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static StoredTierState In(int tier) => new StoredTierState { Tier = tier, RevenueTier = tier, OnboardingTier = tier, HighestTier = tier, RevenueTierChangedOn = Given.Date(2020, 1, 1), TierChangedOn = Given.Date(2020, 1, 1) };

    [Theory]
    [InlineData(500000, Given.Tier1)]
    [InlineData(499999.99, Given.Tier2)]
    [InlineData(100000, Given.Tier2)]
    [InlineData(99999.99, Given.Tier3)]
    [InlineData(0, Given.Tier3)]
    [InlineData(-5000, Given.Tier3)]
    public void Without_a_previous_tier_the_first_threshold_reached_wins(decimal revenue, int tier) =>
        Assert.Equal(tier, Given.Evaluate(Given.Policy(), AsOf, revenue).State.RevenueTier);

    [Theory]
    [InlineData(550000, Given.Tier1)]
    [InlineData(549999.99, Given.Tier2)]
    public void Promotion_needs_the_better_threshold_plus_the_margin(decimal revenue, int tier) =>
        Assert.Equal(tier, Given.Evaluate(Given.Policy(), AsOf, revenue, In(Given.Tier2)).State.RevenueTier);

    [Theory]
    [InlineData(90000, Given.Tier2)]
    [InlineData(89999.99, Given.Tier3)]
    public void Demotion_needs_falling_below_own_threshold_minus_the_margin(decimal revenue, int tier) =>
        Assert.Equal(tier, Given.Evaluate(Given.Policy(), AsOf, revenue, In(Given.Tier2)).State.RevenueTier);

    [Theory]
    [InlineData(95000, Given.Tier2)]
    [InlineData(89999.99, Given.Tier3)]
    [InlineData(449999.99, Given.Tier2)]
    [InlineData(450000, Given.Tier1)]
    public void A_demotion_lands_on_the_best_worse_tier_reached_with_the_margin(decimal revenue, int tier) =>
        Assert.Equal(tier, Given.Evaluate(Given.Policy(), AsOf, revenue, In(Given.Tier1)).State.RevenueTier);

    [Fact]
    public void Promotion_goes_to_the_best_better_tier_reached()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 600000m, In(Given.Tier3));

        Assert.Equal(Given.Tier1, result.State.RevenueTier);
        Assert.Equal(RevenueTierStep.Promoted, result.RevenueTier.Step);
        Assert.Contains("reaches Tier 1 (500,000.00)", result.Explanation);
    }

    [Fact]
    public void Inside_the_band_the_tier_stays_and_the_explanation_says_so()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 95000m, In(Given.Tier2));

        Assert.Equal(RevenueTierStep.Stayed, result.RevenueTier.Step);
        Assert.Contains("counts as Tier 2: below its 100,000.00 but within the 10% margin (90,000.00)", result.Explanation);
    }

    [Fact]
    public void Reaching_a_better_threshold_without_its_margin_is_explained()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 520000m, In(Given.Tier2));

        Assert.Contains("counts as Tier 2: reaches Tier 1 (500,000.00) but not its 10% margin (550,000.00)", result.Explanation);
    }

    [Fact]
    public void Staying_clear_of_the_band_reads_like_the_first_classification()
    {
        var first = Given.Evaluate(Given.Policy(), AsOf, 150000m);

        var later = Given.Evaluate(Given.Policy(), AsOf, 150000m, first.State);

        Assert.Equal(first.Explanation, later.Explanation);
    }

    [Fact]
    public void The_last_tier_cannot_fall_further()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, -1000m, In(Given.Tier3));

        Assert.Equal(RevenueTierStep.Stayed, result.RevenueTier.Step);
        Assert.Equal(Given.Tier3, result.State.RevenueTier);
    }

    [Fact]
    public void Hysteresis_compares_with_the_previous_revenue_tier_not_the_bumped_tier()
    {
        var previous = In(Given.Tier2) with { Tier = Given.Tier1 };

        var result = Given.Evaluate(Given.Policy(), AsOf, 95000m, previous);

        Assert.Equal(Given.Tier2, result.State.RevenueTier);
    }

    [Fact]
    public void A_stored_tier_the_policy_lacks_is_classified_afresh()
    {
        var previous = In(42);

        var result = Given.Evaluate(Given.Policy(), AsOf, 95000m, previous);

        Assert.Equal(RevenueTierStep.Reclassified, result.RevenueTier.Step);
        Assert.Equal(Given.Tier3, result.State.RevenueTier);
    }

    [Fact]
    public void With_margin_zero_the_plain_thresholds_apply_both_ways()
    {
        var policy = Given.Policy("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":0");

        Assert.Equal(Given.Tier1, Given.Evaluate(policy, AsOf, 500000m, In(Given.Tier2)).State.RevenueTier);
        Assert.Equal(Given.Tier3, Given.Evaluate(policy, AsOf, 99999.99m, In(Given.Tier2)).State.RevenueTier);
    }
}
