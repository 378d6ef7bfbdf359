namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R10 value bump and R11 override. D = 2024-03-31 unless a range is given.</summary>
public class BumpOverrideRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";
    private const string Factors = "ctier_referralvalue,ctier_marketingvalue,ctier_seovalue,ctier_logovalue,ctier_growthpotential,ctier_strategicfit";

    [Fact]
    public void Mean_of_present_factors_reaching_bumpAt_raises_the_tier_by_maxBump()
    {
        // Tier 2 revenue everywhere. bump: mean(8, 8) = 8 ≥ 8. nobump: mean(8, 8, 7.. ) = (8+8+7)/3 = 7.67.
        // top: already Tier 1, never above. none: no factor → no score.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid," + Factors,
                "bump,8,8,,,,",
                "nobump,8,8,7,,,",
                "top,10,10,10,10,10,10",
                "none,,,,,,",
            },
            new[] { OppHeader, "o1,bump,Won,150000,2024-01-10", "o2,nobump,Won,150000,2024-01-10", "o3,top,Won,600000,2024-01-10", "o4,none,Won,150000,2024-01-10" });

        var bump = review.Row("2024-03-31", "bump");
        Assert.Equal("Tier 1", bump["tier"]);
        Assert.Equal("Tier 2", bump["revenuetier"]);
        Assert.Equal("8", bump["valuescore"]);
        // Onboarding and highest are computed tiers: with the bump (only an override is left out).
        Assert.Equal("Tier 1", bump["onboardingtier"]);
        Assert.Equal("Tier 1", bump["highesttier"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "nobump")["tier"]);
        Assert.Equal("7.67", review.Row("2024-03-31", "nobump")["valuescore"]);
        Assert.Equal("Tier 1", review.Row("2024-03-31", "top")["tier"]);
        Assert.Equal("", review.Row("2024-03-31", "none")["valuescore"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "none")["tier"]);
    }

    [Fact]
    public void The_unrounded_score_is_compared_with_bumpAt()
    {
        // Weights referrals 199, marketing 1: (199 × 8 + 1 × 7) / 200 = 7.995 → shown 8 (2 decimals) but below 8: no bump.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_referralvalue,ctier_marketingvalue", "a,8,7" },
            new[] { OppHeader, "o1,a,Won,150000,2024-01-10" },
            policy: RuleReview.Policy("\"valueFactors\":{\"referrals\":199,\"marketing\":1}"));

        var row = review.Row("2024-03-31", "a");
        Assert.Equal("8", row["valuescore"]);
        Assert.Equal("Tier 2", row["tier"]);
    }

    [Fact]
    public void Factors_weighted_zero_are_left_out_of_the_score()
    {
        // seo weighs 0: score = mean(9) = 9, not mean(9, 0) = 4.5.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_referralvalue,ctier_seovalue", "a,9,0" },
            new[] { OppHeader, "o1,a,Won,150000,2024-01-10" },
            policy: RuleReview.Policy("\"valueFactors\":{\"seo\":0}"));

        Assert.Equal("9", review.Row("2024-03-31", "a")["valuescore"]);
        Assert.Equal("Tier 1", review.Row("2024-03-31", "a")["tier"]);
    }

    [Fact]
    public void A_factor_outside_0_to_10_is_treated_as_absent_with_a_warning()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_referralvalue,ctier_marketingvalue", "a,11,8", "b,-1," },
            new[] { OppHeader, "o1,a,Won,150000,2024-01-10", "o2,b,Won,150000,2024-01-10" });

        Assert.Equal(0, review.Run.ExitCode);
        Assert.Equal("8", review.Row("2024-03-31", "a")["valuescore"]);
        Assert.Equal("Tier 1", review.Row("2024-03-31", "a")["tier"]);
        Assert.Equal("", review.Row("2024-03-31", "b")["valuescore"]);
        Assert.Contains(review.Run.ErrorLines, line => line.StartsWith("warning:") && line.Contains("ctier_referralvalue") && line.Contains("11"));
        Assert.Contains(review.Run.ErrorLines, line => line.StartsWith("warning:") && line.Contains("-1"));
    }

    [Fact]
    public void MaxBump_two_lifts_the_last_tier_to_the_first_and_never_above_it()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,ctier_referralvalue", "low,9", "mid,9" },
            new[] { OppHeader, "o1,low,Won,1000,2024-01-10", "o2,mid,Won,150000,2024-01-10" },
            policy: RuleReview.Policy("\"maxBump\":2"));

        Assert.Equal("Tier 1", review.Row("2024-03-31", "low")["tier"]);
        Assert.Equal("Tier 3", review.Row("2024-03-31", "low")["revenuetier"]);
        Assert.Equal("Tier 1", review.Row("2024-03-31", "mid")["tier"]);
    }

    [Fact]
    public void Override_by_name_or_option_value_replaces_the_tier_until_its_last_day_inclusive()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid,ctier_tieroverride,ctier_tieroverrideuntil",
                "byname,Tier 1,2024-03-31",
                "byvalue,512000002,",
                "expired,Tier 1,2024-03-30",
                "unknownname,Gold,",
                "unknownvalue,999,",
            },
            new[]
            {
                OppHeader,
                "o1,byname,Won,150000,2024-01-10",
                "o2,byvalue,Won,150000,2024-01-10",
                "o3,expired,Won,150000,2024-01-10",
                "o4,unknownname,Won,150000,2024-01-10",
                "o5,unknownvalue,Won,150000,2024-01-10",
            });

        Assert.Equal(0, review.Run.ExitCode);
        var byName = review.Row("2024-03-31", "byname");
        Assert.Equal("Tier 1", byName["tier"]);
        Assert.Equal("Tier 2", byName["revenuetier"]);
        Assert.Equal("Tier 2", byName["onboardingtier"]);
        Assert.Equal("Tier 2", byName["highesttier"]);
        Assert.Equal("Initial", byName["movement"]);
        Assert.Equal("Tier 3", review.Row("2024-03-31", "byvalue")["tier"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "expired")["tier"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "unknownname")["tier"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "unknownvalue")["tier"]);
        // Ignored, never silently: both unknown overrides are warned about (lines 5 and 6 of the file).
        Assert.Equal(
            new[]
            {
                string.Format(CliMessages.UnknownOverrideWarning, ws.PathOf("accounts.csv"), 5, "Gold"),
                string.Format(CliMessages.UnknownOverrideWarning, ws.PathOf("accounts.csv"), 6, "999"),
            },
            review.Run.ErrorLines);
    }

    [Fact]
    public void Override_movements_carry_over_and_create_a_task_only_when_the_policy_asks()
    {
        // Revenue Tier 2 throughout; override Tier 1 until 2024-06-30: Tier 1 at both first reviews, then
        // a Tier1Slip at 2024-09-30 caused only by the override expiring.
        string[] accounts = { "accountid,name,ownerid,ctier_tieroverride,ctier_tieroverrideuntil", "o,Orbit,rep,Tier 1,2024-06-30" };
        string[] opportunities = { OppHeader, "d1,o,Won,150000,2024-01-10", "d2,o,Won,150000,2024-07-10" };
        string[] range = { "--from", "2024-03-31", "--to", "2024-09-30", "--every", "3" };

        using var quietWs = new Workspace();
        var quiet = RuleReview.Of(quietWs, accounts, opportunities, null, null, range,
            "--users", quietWs.Write("users.csv", "systemuserid,fullname", "rep,Rita Rep"), "--tasks", quietWs.PathOf("t.csv"));
        using var loudWs = new Workspace();
        var loud = RuleReview.Of(loudWs, accounts, opportunities, null, RuleReview.Policy("\"tasksForOverrideMovements\":true"), range,
            "--users", loudWs.Write("users.csv", "systemuserid,fullname", "rep,Rita Rep"), "--tasks", loudWs.PathOf("t.csv"));

        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 2" }, quiet.Column("o", "tier"));
        Assert.Equal(new[] { "Initial", "None", "Tier1Slip" }, quiet.Column("o", "movement"));
        Assert.All(quiet.Column("o", "highesttier"), tier => Assert.Equal("Tier 2", tier));
        Assert.Empty(OutputTable.Parse(quietWs.Read("t.csv")).Rows);
        var task = Assert.Single(OutputTable.Parse(loudWs.Read("t.csv")).Rows);
        Assert.Equal("Tier1Slip", task["kind"]);
        Assert.Equal("created", task["action"]);
        Assert.Equal("2024-09-30", task["asof"]);
    }
}
