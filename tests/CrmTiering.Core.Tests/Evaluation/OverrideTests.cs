using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.FollowUp;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R11: overrides.</summary>
public sealed class OverrideTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static AccountFacts OverriddenTo(int tier, System.DateTime? until = null) =>
        Given.Account() with { Override = new TierOverride { Tier = tier, Until = until, Reason = "Strategic partner" } };

    private static StoredTierState Settled(int tier) =>
        new StoredTierState { Tier = tier, RevenueTier = tier, OnboardingTier = tier, HighestTier = tier, TierChangedOn = Given.Date(2020, 1, 1), RevenueTierChangedOn = Given.Date(2020, 1, 1) };

    [Fact]
    public void Override_is_in_force_through_its_until_date_inclusive()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: OverriddenTo(Given.Tier1, AsOf));

        Assert.Equal(OverrideOutcome.Applied, result.Override);
        Assert.Equal(Given.Tier1, result.State.Tier);
        Assert.Contains("Overridden to Tier 1 until 2024-06-30 inclusive (reason: Strategic partner)", result.Explanation);
        Assert.Equal(AsOf.AddDays(1), result.NextEvaluationOn);
    }

    [Fact]
    public void Override_lapses_the_day_after_until()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: OverriddenTo(Given.Tier1, AsOf.AddDays(-1)));

        Assert.Equal(OverrideOutcome.Expired, result.Override);
        Assert.Equal(Given.Tier3, result.State.Tier);
        Assert.Contains("ended on 2024-06-29", result.Explanation);
    }

    [Fact]
    public void Override_without_until_stays_in_force()
    {
        Assert.Equal(Given.Tier2, Given.Evaluate(Given.Policy(), AsOf, 1000m, account: OverriddenTo(Given.Tier2)).State.Tier);
    }

    [Fact]
    public void Override_value_the_policy_lacks_is_ignored_and_traced()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: OverriddenTo(7));

        Assert.Equal(OverrideOutcome.Ignored, result.Override);
        Assert.Equal(Given.Tier3, result.State.Tier);
        Assert.Contains(result.Trace, line => line.Contains("Override tier 7 is not a tier of the policy"));
    }

    [Fact]
    public void Onboarding_and_highest_ignore_the_override()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: OverriddenTo(Given.Tier1));

        Assert.Equal(Given.Tier1, result.State.Tier);
        Assert.Equal(Given.Tier3, result.State.OnboardingTier);
        Assert.Equal(Given.Tier3, result.State.HighestTier);
    }

    [Fact]
    public void A_movement_caused_only_by_setting_an_override_has_source_override()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 600000m, Settled(Given.Tier1), OverriddenTo(Given.Tier2));

        Assert.Equal(TierMovement.Tier1Slip, result.Movement);
        Assert.Equal(MovementSource.Override, result.Source);
        Assert.Equal(MovementSource.Override, result.HistoryEntry!.Source);
        Assert.False(FollowUpPlanner.NeedsTask(result.Movement, result.Source, Given.Policy()));
        Assert.True(FollowUpPlanner.NeedsTask(result.Movement, result.Source, Given.Policy("\"tasksForOverrideMovements\":false", "\"tasksForOverrideMovements\":true")));
    }

    [Fact]
    public void A_movement_caused_only_by_an_override_expiring_has_source_override()
    {
        var previous = Settled(Given.Tier3) with { Tier = Given.Tier1 };

        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, previous, OverriddenTo(Given.Tier1, AsOf.AddDays(-1)));

        Assert.Equal(TierMovement.Tier1Slip, result.Movement);
        Assert.Equal(MovementSource.Override, result.Source);
    }

    [Fact]
    public void Clearing_an_override_is_a_movement_caused_only_by_the_override()
    {
        var previous = Settled(Given.Tier3) with { Tier = Given.Tier1 };

        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, previous);

        Assert.Equal(TierMovement.Tier1Slip, result.Movement);
        Assert.Equal(MovementSource.Override, result.Source);
    }

    [Fact]
    public void A_movement_from_revenue_keeps_the_callers_source()
    {
        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Given.Won(1000m), Settled(Given.Tier1)) with { Source = MovementSource.Review });

        Assert.Equal(TierMovement.Tier1Slip, result.Movement);
        Assert.Equal(MovementSource.Review, result.Source);
    }

    [Fact]
    public void A_score_stored_rounded_up_to_bumpAt_does_not_make_a_revenue_surge_look_like_an_override()
    {
        // Weights 199 and 1: (199 × 8 + 7) / 200 = 7.995, stored as 8.00 but below bumpAt 8 — no bump before or now.
        // Tier 3 → Tier 2 by revenue alone is a Surge from the caller, not an override movement.
        var policy = Given.Policy("\"referrals\":1,\"marketing\":1", "\"referrals\":199,\"marketing\":1");
        var account = Given.Account() with { ValueFactors = new ValueFactorScores { Referrals = 8, Marketing = 7 } };
        var previous = Settled(Given.Tier3) with { ValueScore = 8.00m };

        var result = TierEvaluator.Evaluate(Given.Request(policy, AsOf, Given.Won(150000m), previous, account) with { Source = MovementSource.Review });

        Assert.Equal(7.995m, result.ValueScore);
        Assert.Equal(Given.Tier2, result.State.Tier);
        Assert.Equal(TierMovement.Surge, result.Movement);
        Assert.Equal(MovementSource.Review, result.Source);
    }
}
