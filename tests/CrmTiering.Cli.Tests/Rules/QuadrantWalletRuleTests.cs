namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R15 quadrant (on the tier after bump and override) and R16 share of wallet.</summary>
public class QuadrantWalletRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";

    [Fact]
    public void Quadrant_is_importance_by_tier_position_against_effort()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid,ctier_efforttomanage,ctier_tieroverride",
                "t2high,6,",
                "t2low,5,",
                "t3high,10,",
                "t3none,,",
                "t3override,6,Tier 2",
            },
            new[] { OppHeader, "o1,t2high,Won,150000,2024-01-10", "o2,t2low,Won,150000,2024-01-10" });

        Assert.Equal("Develop", review.Row("2024-03-31", "t2high")["quadrant"]);
        Assert.Equal("Maximise", review.Row("2024-03-31", "t2low")["quadrant"]);
        Assert.Equal("Eject", review.Row("2024-03-31", "t3high")["quadrant"]);
        Assert.Equal("Minimise", review.Row("2024-03-31", "t3none")["quadrant"]);
        Assert.Equal("Develop", review.Row("2024-03-31", "t3override")["quadrant"]);
    }

    [Fact]
    public void Effort_outside_0_to_10_is_ignored_with_a_warning_and_counts_as_low()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_efforttomanage", "t3,11" },
            new[] { OppHeader });

        Assert.Equal("Minimise", review.Row("2024-03-31", "t3")["quadrant"]);
        Assert.Contains("ctier_efforttomanage = 11 is outside 0-10 and is ignored", review.Run.Error);
    }

    [Fact]
    public void ImportantUpToTier_and_effortHighAt_come_from_the_policy()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_efforttomanage", "t2,3", "t1,2" },
            new[] { OppHeader, "o1,t2,Won,150000,2024-01-10", "o2,t1,Won,600000,2024-01-10" },
            policy: RuleReview.Policy("\"importantUpToTier\":1,\"effortHighAt\":3"));

        Assert.Equal("Eject", review.Row("2024-03-31", "t2")["quadrant"]);
        Assert.Equal("Maximise", review.Row("2024-03-31", "t1")["quadrant"]);
    }

    [Fact]
    public void Share_of_wallet_is_effective_revenue_over_client_revenue_and_empty_without_a_positive_one()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,revenue", "a,1000000", "zero,0", "negative,-5", "missing," },
            new[] { OppHeader, "o1,a,Won,150000,2024-01-10", "o2,zero,Won,150000,2024-01-10", "o3,negative,Won,150000,2024-01-10", "o4,missing,Won,150000,2024-01-10" });

        Assert.Equal(0.15m, decimal.Parse(review.Row("2024-03-31", "a")["shareofwallet"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", review.Row("2024-03-31", "zero")["shareofwallet"]);
        Assert.Equal("", review.Row("2024-03-31", "negative")["shareofwallet"]);
        Assert.Equal("", review.Row("2024-03-31", "missing")["shareofwallet"]);
    }
}
