using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R10: value score and bump.</summary>
public sealed class ValueBumpTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static AccountFacts Scored(ValueFactorScores scores) => Given.Account() with { ValueFactors = scores };

    [Fact]
    public void Score_is_the_weighted_mean_of_the_present_factors()
    {
        var policy = Given.Policy("\"referrals\":1,\"marketing\":1", "\"referrals\":3,\"marketing\":1");
        var account = Scored(new ValueFactorScores { Referrals = 10, Marketing = 2 });

        var result = Given.Evaluate(policy, AsOf, 0m, account: account);

        Assert.Equal(8m, result.ValueScore);
        Assert.Equal(8.00m, result.State.ValueScore);
    }

    [Fact]
    public void Reaching_bump_at_raises_the_tier_by_max_bump()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, account: Scored(new ValueFactorScores { Seo = 8 }));

        Assert.True(result.BumpApplied);
        Assert.Equal(Given.Tier2, result.State.RevenueTier);
        Assert.Equal(Given.Tier1, result.State.Tier);
        Assert.Contains("Value score 8.00 of 10 reaches 8: raised from Tier 2 to Tier 1.", result.Explanation);
    }

    [Fact]
    public void Bump_never_goes_above_tier_1()
    {
        var policy = Given.Policy("\"maxBump\":1", "\"maxBump\":5");

        var result = Given.Evaluate(policy, AsOf, 150000m, account: Scored(new ValueFactorScores { Seo = 10 }));

        Assert.Equal(Given.Tier1, result.State.Tier);
    }

    [Fact]
    public void Bump_uses_the_unrounded_score()
    {
        var policy = Given.Policy("\"referrals\":1,\"marketing\":1", "\"referrals\":199,\"marketing\":1");
        var account = Scored(new ValueFactorScores { Referrals = 8, Marketing = 7 });

        var result = Given.Evaluate(policy, AsOf, 150000m, account: account);

        Assert.Equal(7.995m, result.ValueScore);
        Assert.Equal(8.00m, result.State.ValueScore);
        Assert.False(result.BumpApplied);
        Assert.Equal(Given.Tier2, result.State.Tier);
    }

    [Fact]
    public void No_scored_factor_means_no_score_and_no_bump()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m);

        Assert.Null(result.ValueScore);
        Assert.Null(result.State.ValueScore);
        Assert.DoesNotContain("Value score", result.Explanation);
    }

    [Fact]
    public void Factors_weighted_zero_are_left_out()
    {
        var policy = Given.Policy("\"logo\":1", "\"logo\":0");

        var result = Given.Evaluate(policy, AsOf, 150000m, account: Scored(new ValueFactorScores { Logo = 10 }));

        Assert.Null(result.ValueScore);
    }

    [Fact]
    public void Values_outside_0_to_10_are_treated_as_absent_with_a_trace()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, account: Scored(new ValueFactorScores { Seo = 11, Logo = 4 }));

        Assert.Equal(4m, result.ValueScore);
        Assert.Contains(result.Trace, line => line.Contains("ctier_seovalue is 11"));
    }
}
