using System;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Review;

/// <summary>R17: how the current tier compares with onboarding and peak, and whether contact is due.</summary>
public sealed record ReviewFlags
{
    /// <summary>The tier is worse than the highest tier ever.</summary>
    public bool BelowPeak { get; init; }

    /// <summary>The tier is worse than the onboarding tier.</summary>
    public bool BelowOnboarding { get; init; }

    /// <summary>The tier is better than the onboarding tier.</summary>
    public bool AboveOnboarding { get; init; }

    /// <summary>The last completed activity is older than the tier's contactEveryDays, or there is none.</summary>
    public bool ContactDue { get; init; }

    /// <summary><c>ctier_nextcontactdue</c>: last completed activity + contactEveryDays; the as-of date when there was none.</summary>
    public DateTime NextContactDue { get; init; }

    /// <param name="policy">The policy positioning the tiers.</param>
    /// <param name="state">The stored state after evaluation.</param>
    /// <param name="lastCompletedActivityDate">Date (policy zone) of the latest <c>actualend</c> of a completed activity regarding the account.</param>
    /// <param name="asOfDate">D.</param>
    public static ReviewFlags For(TierPolicy policy, StoredTierState state, DateTime? lastCompletedActivityDate, DateTime asOfDate)
    {
        var tier = policy.FindTier(state.Tier) ?? policy.LastTier;
        var highest = policy.FindTier(state.HighestTier);
        var onboarding = policy.FindTier(state.OnboardingTier);
        var nextContact = lastCompletedActivityDate is { } last ? last.Date.AddDays(tier.ContactEveryDays) : asOfDate.Date;
        return new ReviewFlags
        {
            BelowPeak = highest is not null && tier.Position > highest.Position,
            BelowOnboarding = onboarding is not null && tier.Position > onboarding.Position,
            AboveOnboarding = onboarding is not null && tier.Position < onboarding.Position,
            ContactDue = lastCompletedActivityDate is null || asOfDate.Date > nextContact,
            NextContactDue = nextContact,
        };
    }
}
