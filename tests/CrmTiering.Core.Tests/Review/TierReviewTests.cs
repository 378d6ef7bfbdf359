using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Review;

namespace CrmTiering.Core.Tests.Review;

/// <summary>R17: review flags and contact check-ins.</summary>
public sealed class TierReviewTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static StoredTierState State(int tier, int onboarding, int highest) =>
        new StoredTierState { Tier = tier, OnboardingTier = onboarding, HighestTier = highest };

    [Fact]
    public void Below_peak_and_below_onboarding_compare_positions()
    {
        var flags = ReviewFlags.For(Given.Policy(), State(Given.Tier3, Given.Tier2, Given.Tier1), AsOf, AsOf);

        Assert.True(flags.BelowPeak);
        Assert.True(flags.BelowOnboarding);
        Assert.False(flags.AboveOnboarding);
    }

    [Fact]
    public void Above_onboarding_when_the_tier_is_better()
    {
        var flags = ReviewFlags.For(Given.Policy(), State(Given.Tier1, Given.Tier3, Given.Tier1), AsOf, AsOf);

        Assert.False(flags.BelowPeak);
        Assert.True(flags.AboveOnboarding);
    }

    [Fact]
    public void Contact_is_due_when_the_last_activity_is_older_than_the_tiers_cadence()
    {
        var tier1 = State(Given.Tier1, Given.Tier1, Given.Tier1);

        var onTheDay = ReviewFlags.For(Given.Policy(), tier1, AsOf.AddDays(-30), AsOf);
        var dayLater = ReviewFlags.For(Given.Policy(), tier1, AsOf.AddDays(-31), AsOf);

        Assert.False(onTheDay.ContactDue);
        Assert.Equal(AsOf, onTheDay.NextContactDue);
        Assert.True(dayLater.ContactDue);
        Assert.Equal(AsOf.AddDays(-1), dayLater.NextContactDue);
    }

    [Fact]
    public void Contact_is_due_now_without_any_completed_activity()
    {
        var flags = ReviewFlags.For(Given.Policy(), State(Given.Tier3, Given.Tier3, Given.Tier3), null, AsOf);

        Assert.True(flags.ContactDue);
        Assert.Equal(AsOf, flags.NextContactDue);
    }

    [Fact]
    public void Review_evaluates_each_account_and_flags_it()
    {
        var previous = new StoredTierState { Tier = Given.Tier1, RevenueTier = Given.Tier1, OnboardingTier = Given.Tier1, HighestTier = Given.Tier1 };
        var subjects = new[]
        {
            new ReviewSubject(Given.Request(Given.Policy(), AsOf, Given.Won(1000m), previous) with { Source = MovementSource.Review }, AsOf.AddDays(-100)),
            new ReviewSubject(Given.Request(Given.Policy(), AsOf, Given.Won(900000m)), AsOf.AddDays(-1)),
        };

        var reviews = TierReview.Run(subjects).ToList();

        Assert.Equal(TierMovement.Tier1Slip, reviews[0].Evaluation.Movement);
        Assert.Equal(MovementSource.Review, reviews[0].Evaluation.Source);
        Assert.True(reviews[0].Flags.BelowPeak);
        Assert.True(reviews[0].Flags.ContactDue);
        Assert.Equal(TierMovement.Initial, reviews[1].Evaluation.Movement);
        Assert.False(reviews[1].Flags.ContactDue);
    }
}
