namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R18 next evaluation date (extra column <c>nextevaluationon</c>), with yearly reviews so the other candidates show.</summary>
public class NextEvaluationRuleTests
{
    [Fact]
    public void Next_evaluation_is_the_earliest_day_time_alone_could_change_the_tier()
    {
        // D = 2024-03-31, 12-month window, reviews every 12 months → next review 2025-01-01.
        // rec: the oldest counted record 2023-06-01 leaves when AddMonths(D′, −12) ≥ 2023-06-01 → 2024-06-01.
        // ovr: override until 2024-04-15 → the day after, 2024-04-16.
        // young: created 2023-10-01 → no longer young from 2024-10-01.
        // none: nothing counted, never young → the next review.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid,createdon,ctier_tieroverride,ctier_tieroverrideuntil",
                "rec,2015-01-01,,",
                "ovr,2015-01-01,Tier 1,2024-04-15",
                "young,2023-10-01,,",
                "none,2015-01-01,,",
            },
            new[] { "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate", "o1,rec,Won,150000,2023-06-01", "o2,rec,Won,1,2024-01-01" },
            policy: RuleReview.Policy("\"reviewEveryMonths\":12"));

        Assert.Equal("2024-06-01", review.Row("2024-03-31", "rec")["nextevaluationon"]);
        Assert.Equal("2024-04-16", review.Row("2024-03-31", "ovr")["nextevaluationon"]);
        Assert.Equal("2024-10-01", review.Row("2024-03-31", "young")["nextevaluationon"]);
        Assert.Equal("2025-01-01", review.Row("2024-03-31", "none")["nextevaluationon"]);
    }

    [Fact]
    public void A_held_demotion_is_due_on_the_day_minDaysInTier_is_reached()
    {
        // Tier 1 on 2024-03-31 (Initial), revenue gone at 2024-06-30: 91 days < 120 → held until 2024-07-29.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "h" },
            new[] { "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate", "o1,h,Won,600000,2024-02-15" },
            policy: RuleReview.Policy("\"windowMonths\":3,\"minDaysInTier\":120,\"reviewEveryMonths\":12"),
            dates: new[] { "--from", "2024-03-31", "--to", "2024-06-30", "--every", "3" });

        Assert.Equal(new[] { "Tier 1", "Tier 1" }, review.Column("h", "tier"));
        Assert.Equal("2024-07-29", review.Row("2024-06-30", "h")["nextevaluationon"]);
    }
}
