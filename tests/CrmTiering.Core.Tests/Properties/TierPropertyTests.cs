using System;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Explanation;
using CrmTiering.Core.Policy;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Core.Tests.Properties;

/// <summary>Properties that must hold for any revenue history (DESIGN "Quality bars").</summary>
public sealed class TierPropertyTests
{
    private static readonly DateTime AsOf = Given.Date(2024, 6, 30);

    private static Gen<decimal> Money(int maxUnits) => Gen.Choose(-maxUnits / 20, maxUnits).Select(units => units * 100m / 7m);

    private static Gen<StoredTierState> AnyPrevious() =>
        Gen.Elements(0, Given.Tier1, Given.Tier2, Given.Tier3).Select(tier => tier == 0
            ? StoredTierState.Empty
            : new StoredTierState { Tier = tier, RevenueTier = tier, OnboardingTier = tier, HighestTier = tier, RevenueTierChangedOn = Given.Date(2020, 1, 1) });

    [Fact]
    public void More_revenue_never_gives_a_worse_revenue_tier()
    {
        var cases = from a in Money(10000)
                    from b in Money(10000)
                    from previous in AnyPrevious()
                    from margin in Gen.Choose(0, 40)
                    select (Low: Math.Min(a, b), High: Math.Max(a, b), previous, margin);
        PropertyCheck.ForAll(cases, c =>
        {
            var policy = Given.Policy("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":0." + c.margin.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            var low = Given.Evaluate(policy, AsOf, c.Low, c.previous);
            var high = Given.Evaluate(policy, AsOf, c.High, c.previous);
            return high.RevenueTier.Tier.Position <= low.RevenueTier.Tier.Position;
        });
    }

    [Fact]
    public void Revenue_oscillating_inside_the_margin_band_never_changes_the_tier()
    {
        var cases = from margin in Gen.Choose(1, 40)
                    from position in Gen.Choose(1, 3)
                    from swings in Gen.ArrayOf(Gen.Choose(0, 1000000))
                    select (margin, position, swings);
        PropertyCheck.ForAll(cases, c =>
        {
            var m = c.margin / 100m;
            var policy = Given.Policy("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":" + m.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var tier = policy.TierAt(c.position);
            var low = c.position < 3 ? tier.MinRevenue * (1m - m) : -50000m;
            var high = c.position > 1 ? policy.TierAt(c.position - 1).MinRevenue * (1m + m) : 2000000m;
            var first = Given.Evaluate(policy, AsOf, c.position < 3 ? tier.MinRevenue : 0m);
            var state = first.State;
            foreach (var swing in c.swings)
            {
                var revenue = Rounding.ToCents(low + ((high - low - 0.01m) * swing / 1000000m));
                var next = Given.Evaluate(policy, AsOf, revenue, state);
                if (next.State.Tier != tier.Value || next.Movement != CrmTiering.Core.Choices.TierMovement.None)
                {
                    return false;
                }

                state = next.State;
            }

            return first.State.Tier == tier.Value;
        });
    }

    [Fact]
    public void Highest_is_never_worse_than_the_current_tier_and_onboarding_never_changes()
    {
        var step = from revenue in Money(10000)
                   from score in Gen.Choose(-1, 10)
                   from overrideTier in Gen.Elements(0, 0, 0, Given.Tier1, Given.Tier3, 99)
                   select (revenue, score, overrideTier);
        var cases = from margin in Gen.Choose(0, 30)
                    from minDays in Gen.Choose(0, 60)
                    from steps in Gen.ArrayOf(step)
                    select (margin, minDays, steps);
        PropertyCheck.ForAll(cases, c =>
        {
            var policy = TierPolicy.Default
                .ToJson().Replace("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":0." + c.margin.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Replace("\"minDaysInTier\":0", "\"minDaysInTier\":" + c.minDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var parsed = TierPolicy.Parse(policy);
            var state = StoredTierState.Empty;
            int? onboarding = null;
            var date = AsOf;
            foreach (var s in c.steps)
            {
                var account = Given.Account() with
                {
                    ValueFactors = s.score < 0 ? ValueFactorScores.None : new ValueFactorScores { Growth = s.score },
                    Override = new TierOverride { Tier = s.overrideTier == 0 ? null : s.overrideTier },
                };
                var result = Given.Evaluate(parsed, date, s.revenue, state, account);
                var highest = parsed.FindTier(result.State.HighestTier)!;
                onboarding ??= result.State.OnboardingTier;
                if (highest.Position > result.TierWithoutOverride.Position || result.State.OnboardingTier != onboarding)
                {
                    return false;
                }

                state = result.State;
                date = date.AddDays(11);
            }

            return true;
        });
    }

    [Fact]
    public void With_margin_zero_the_tier_depends_only_on_the_latest_revenue()
    {
        var policy = Given.Policy("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":0");
        PropertyCheck.ForAll(Gen.NonEmptyListOf(Money(10000)), revenues =>
        {
            var state = StoredTierState.Empty;
            foreach (var revenue in revenues)
            {
                state = Given.Evaluate(policy, AsOf, revenue, state).State;
            }

            return state.Tier == Given.Evaluate(policy, AsOf, revenues[revenues.Count - 1]).State.Tier;
        });
    }

    [Fact]
    public void Evaluating_the_same_facts_twice_changes_nothing()
    {
        var cases = from revenue in Money(10000)
                    from previous in AnyPrevious()
                    select (revenue, previous);
        PropertyCheck.ForAll(cases, c =>
        {
            var once = Given.Evaluate(Given.Policy(), AsOf, c.revenue, c.previous);
            var twice = Given.Evaluate(Given.Policy(), AsOf, c.revenue, once.State);
            return !twice.Changed && twice.State == once.State;
        });
    }

    [Fact]
    public void The_explanation_never_exceeds_its_limit()
    {
        var text = Gen.Choose(0, 4000).Select(length => new string('x', length));
        var cases = from nameLength in Gen.Choose(1, 500)
                    from reason in text
                    from currency in Gen.Elements("", "EUR", new string('C', 300))
                    from revenue in Money(10000000)
                    from score in Gen.Choose(0, 10)
                    select (nameLength, reason, currency, revenue, score);
        PropertyCheck.ForAll(cases, c =>
        {
            var name = new string('N', c.nameLength);
            var policy = TierPolicy.Parse("{\"hysteresisMargin\":0.25,\"tiers\":[{\"name\":\"" + name + "1\",\"minRevenue\":1000},{\"name\":\"" + name + "2\",\"minRevenue\":10},{\"name\":\"" + name + "3\",\"minRevenue\":0}]}");
            var account = Given.Account() with
            {
                ExpectedAnnualRevenue = 99999999m,
                CreatedOn = AsOf.AddDays(-3),
                ValueFactors = new ValueFactorScores { Seo = c.score },
                Override = new TierOverride { Tier = 512000001, Reason = c.reason, Until = AsOf },
            };
            var result = TierEvaluator.Evaluate(Given.Request(policy, AsOf, Given.Won(c.revenue), account: account) with { CurrencyCode = c.currency });
            return result.Explanation.Length <= ExplanationText.MaxLength && result.State.Reason == result.Explanation;
        }, runs: 100);
    }
}
