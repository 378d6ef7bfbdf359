using System.Globalization;
using System.Threading;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Explanation;

public sealed class ExplanationTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    [Fact]
    public void Explanation_names_tier_revenue_parts_window_and_threshold()
    {
        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Given.Won(123456m, 100000m)));

        Assert.Equal("Tier 2: effective revenue 123,456.00 EUR (max of won 123,456.00 and paid 100,000.00 over 12 months) reaches Tier 2 (100,000.00).", result.Explanation);
    }

    [Fact]
    public void The_last_tier_is_explained_by_the_threshold_it_misses()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 5000m);

        Assert.EndsWith("is below Tier 2 (100,000.00), so Tier 3.", result.Explanation);
    }

    [Fact]
    public void A_demotion_inside_the_lower_tiers_band_names_the_margin()
    {
        var previous = new StoredTierState { Tier = Given.Tier1, RevenueTier = Given.Tier1, OnboardingTier = Given.Tier1, HighestTier = Given.Tier1 };

        var result = Given.Evaluate(Given.Policy(), AsOf, 95000m, previous);

        Assert.Equal(Given.Tier2, result.State.Tier);
        Assert.Contains("counts as Tier 2: below its 100,000.00 but within the 10% margin (90,000.00).", result.Explanation);
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            var result = Given.Evaluate(Given.Policy(), AsOf, 1234567.891m);

            Assert.Contains("1,234,567.89 EUR", result.Explanation);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Explanation_never_mentions_the_as_of_date()
    {
        var account = Given.Account(Given.Date(2024, 3, 1)) with { ExpectedAnnualRevenue = 700000m, ValueFactors = new ValueFactorScores { Seo = 9 }, Override = new TierOverride { Tier = Given.Tier2 } };

        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: account);

        Assert.DoesNotContain("2024-06-30", result.Explanation);
        Assert.DoesNotContain("30/06", result.Explanation);
        Assert.DoesNotContain("June", result.Explanation);
    }

    [Fact]
    public void A_very_long_override_reason_is_cut_to_4000_characters()
    {
        var account = Given.Account() with { Override = new TierOverride { Tier = Given.Tier1, Reason = new string('r', 5000) } };

        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m, account: account);

        Assert.Equal(4000, result.Explanation.Length);
        Assert.EndsWith("…", result.Explanation);
        Assert.Equal(result.Explanation, result.State.Reason);
    }

    [Fact]
    public void Without_a_currency_code_amounts_stand_alone()
    {
        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Given.Won(10m)) with { CurrencyCode = "" });

        Assert.StartsWith("Tier 3: effective revenue 10.00 (max", result.Explanation);
    }
}
