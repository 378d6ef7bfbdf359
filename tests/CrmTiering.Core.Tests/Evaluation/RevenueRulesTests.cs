using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R3, R5, R6, R7: what effective revenue is.</summary>
public sealed class RevenueRulesTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static TierEvaluation Evaluate(string basis, decimal won, decimal paid) =>
        TierEvaluator.Evaluate(Given.Request(Given.Policy("\"revenueBasis\":\"Max\"", "\"revenueBasis\":\"" + basis + "\""), AsOf, Given.Won(won, paid)));

    [Theory]
    [InlineData("Max", 300, 200, 300)]
    [InlineData("Sum", 300, 200, 500)]
    [InlineData("WonOnly", 300, 400, 300)]
    [InlineData("PaidOnly", 300, 400, 400)]
    public void Realized_revenue_follows_the_revenue_basis(string basis, decimal won, decimal paid, decimal expected) =>
        Assert.Equal(expected, Evaluate(basis, won, paid).Revenue.Effective);

    [Theory]
    [InlineData(99999.995, 100000.00, Given.Tier2)]
    [InlineData(99999.9949, 99999.99, Given.Tier3)]
    [InlineData(-0.005, -0.01, Given.Tier3)]
    public void Effective_revenue_is_rounded_away_from_zero_before_comparing(decimal won, decimal effective, int tier)
    {
        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Given.Won(won, paid: won)));

        Assert.Equal(effective, result.Revenue.Effective);
        Assert.Equal(effective, result.State.EffectiveRevenue);
        Assert.Equal(tier, result.State.Tier);
    }

    [Fact]
    public void Stored_won_and_paid_revenue_are_rounded_to_cents()
    {
        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Given.Won(10.125m, 3.3349m)));

        Assert.Equal((10.13m, 3.33m), (result.State.WonRevenue, result.State.PaidRevenue));
    }

    [Fact]
    public void Weighted_pipeline_is_added_with_the_policy_weight()
    {
        var policy = Given.Policy("\"pipelineWeight\":0", "\"pipelineWeight\":0.5");
        var facts = RevenueFacts.FromAggregates(1000m, null, new[] { new PipelineBucket(40, 500m), new PipelineBucket(100, 100m) }, null);

        var result = TierEvaluator.Evaluate(Given.Request(policy, AsOf, facts));

        Assert.Equal(300m, result.Revenue.WeightedPipeline);
        Assert.Equal(1150m, result.Revenue.Effective);
        Assert.Contains("plus 50% of the weighted open pipeline 300.00", result.Explanation);
    }

    [Fact]
    public void Default_policy_ignores_the_pipeline()
    {
        var facts = RevenueFacts.FromAggregates(1000m, null, new[] { new PipelineBucket(100, 900000m) }, null);

        Assert.Equal(1000m, TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, facts)).Revenue.Effective);
    }

    [Fact]
    public void Young_account_uses_expected_revenue_when_it_is_higher()
    {
        var account = Given.Account(Given.Date(2024, 1, 15)) with { ExpectedAnnualRevenue = 600000m };

        var result = Given.Evaluate(Given.Policy(), AsOf, 20000m, account: account);

        Assert.True(result.Revenue.IsYoung);
        Assert.True(result.Revenue.ExpectedRevenueApplied);
        Assert.Equal(600000m, result.Revenue.Effective);
        Assert.Equal(Given.Tier1, result.State.Tier);
        Assert.Contains("expected annual revenue 600,000.00", result.Explanation);
    }

    [Fact]
    public void Young_account_keeps_historical_revenue_when_it_is_higher()
    {
        var account = Given.Account(Given.Date(2024, 1, 15)) with { ExpectedAnnualRevenue = 1000m };

        Assert.Equal(20000m, Given.Evaluate(Given.Policy(), AsOf, 20000m, account: account).Revenue.Effective);
    }

    [Fact]
    public void Account_created_on_the_window_start_is_no_longer_young()
    {
        var account = Given.Account(Given.Date(2023, 6, 30)) with { ExpectedAnnualRevenue = 600000m };

        var result = Given.Evaluate(Given.Policy(), AsOf, 20000m, account: account);

        Assert.False(result.Revenue.IsYoung);
        Assert.Equal(20000m, result.Revenue.Effective);
    }

    [Fact]
    public void Overridden_created_on_wins_over_created_on()
    {
        var account = Given.Account(Given.Date(2024, 3, 1)) with { OverriddenCreatedOn = Given.Date(2010, 1, 1), ExpectedAnnualRevenue = 600000m };

        Assert.False(Given.Evaluate(Given.Policy(), AsOf, 20000m, account: account).Revenue.IsYoung);
    }

    [Fact]
    public void Records_dated_before_the_accounts_creation_still_count()
    {
        var account = Given.Account(Given.Date(2024, 5, 1));
        var policy = Given.Policy();
        var revenue = new RevenueAccumulator(policy, CrmTiering.Core.Time.EvaluationWindow.OnDate(policy, AsOf));
        revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 150000m, ActualCloseDate = Given.Date(2023, 12, 1) });

        var result = TierEvaluator.Evaluate(Given.Request(policy, AsOf, revenue.ToFacts(), account: account));

        Assert.Equal(150000m, result.Revenue.Effective);
    }
}
