namespace CrmTiering.Cli.Tests.Rules;

/// <summary>
/// R8 thresholds and hysteresis, R9 minDaysInTier, over quarterly reviews with a 3-month window so
/// that each quarter's deal counts at exactly one review (deals mid-quarter, reviews at quarter ends).
/// </summary>
public class HysteresisRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";
    private static readonly string[] Quarters = { "2024-02-15", "2024-05-15", "2024-08-15", "2024-11-15" };
    private static readonly string[] Range = { "--from", "2024-03-31", "--to", "2024-12-31", "--every", "3" };

    private static string[] Deals(string account, params decimal[] perQuarter) =>
        perQuarter.Select((amount, q) => $"{account}-{q},{account},Won,{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)},{Quarters[q]}").ToArray();

    private static RuleReview Review(Workspace ws, string fields, params string[][] deals)
    {
        var ids = deals.Select(d => d[0].Split(',')[1]).ToArray();
        return RuleReview.Of(ws,
            new[] { "accountid" }.Concat(ids).ToArray(),
            new[] { OppHeader }.Concat(deals.SelectMany(d => d)).ToArray(),
            policy: RuleReview.Policy("\"windowMonths\":3" + fields),
            dates: Range);
    }

    [Fact]
    public void Tier_1_stays_inside_the_margin_and_slips_below_it()
    {
        // 540 000 → Tier 1; 460 000 ≥ 450 000 stays; 449 999.99 < 450 000 → best worse tier whose ×0.9 is reached: Tier 2.
        using var ws = new Workspace();
        var review = Review(ws, "", Deals("a", 540000m, 460000m, 449999.99m, 460000m));

        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 2", "Tier 2" }, review.Column("a", "tier"));
        Assert.Equal(new[] { "Initial", "None", "Tier1Slip", "None" }, review.Column("a", "movement"));
        Assert.Equal(new[] { "", "Tier 1", "Tier 1", "Tier 2" }, review.Column("a", "previoustier"));
    }

    [Fact]
    public void Promotion_needs_the_better_threshold_plus_the_margin()
    {
        // 90 000 → Tier 3 (first reached, no margin); 109 999.99 < 110 000 stays; 110 000 → Tier 2 (Surge: from the last tier);
        // 549 999.99 < 550 000 stays Tier 2.
        using var ws = new Workspace();
        var review = Review(ws, "", Deals("b", 90000m, 109999.99m, 110000m, 549999.99m));

        Assert.Equal(new[] { "Tier 3", "Tier 3", "Tier 2", "Tier 2" }, review.Column("b", "tier"));
        Assert.Equal(new[] { "Initial", "None", "Surge", "None" }, review.Column("b", "movement"));
    }

    [Fact]
    public void A_one_step_promotion_from_a_middle_tier_is_a_Promotion_and_two_steps_a_Surge()
    {
        using var ws = new Workspace();
        var review = Review(ws, "",
            Deals("mid", 150000m, 550000m, 550000m, 550000m),
            Deals("low", 0m, 550000m, 550000m, 550000m));

        Assert.Equal(new[] { "Initial", "Promotion", "None", "None" }, review.Column("mid", "movement"));
        Assert.Equal(new[] { "Initial", "Surge", "None", "None" }, review.Column("low", "movement"));
        Assert.Equal(new[] { "Tier 2", "Tier 1", "Tier 1", "Tier 1" }, review.Column("mid", "highesttier"));
        Assert.All(review.Column("low", "onboardingtier"), t => Assert.Equal("Tier 3", t));
    }

    [Fact]
    public void A_fall_past_every_reduced_threshold_lands_in_the_last_tier()
    {
        // 89 999.99 < 100 000 × 0.9: from Tier 1 straight to Tier 3 — a Tier1Slip (the previous was Tier 1).
        using var ws = new Workspace();
        var review = Review(ws, "", Deals("c", 600000m, 89999.99m, 90000m, 90000m));

        Assert.Equal(new[] { "Tier 1", "Tier 3", "Tier 3", "Tier 3" }, review.Column("c", "tier"));
        Assert.Equal(new[] { "Initial", "Tier1Slip", "None", "None" }, review.Column("c", "movement"));
        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 1", "Tier 1" }, review.Column("c", "highesttier"));
        // R17 flags (extra columns): worse than the peak and than onboarding once it slipped.
        Assert.Equal(new[] { "false", "true", "true", "true" }, review.Column("c", "belowpeak"));
        Assert.Equal(new[] { "false", "true", "true", "true" }, review.Column("c", "belowonboarding"));
        Assert.All(review.Column("c", "aboveonboarding"), flag => Assert.Equal("false", flag));
    }

    [Fact]
    public void Demotion_from_tier_2_reaching_only_the_last_tier_is_a_Demotion()
    {
        // Tier 2 (150 000) then 89 999.99 < 90 000 → Tier 3, Demotion; 90 000 from Tier 3 needs 110 000 to come back.
        using var ws = new Workspace();
        var review = Review(ws, "", Deals("d", 150000m, 95000m, 89999.99m, 105000m));

        Assert.Equal(new[] { "Tier 2", "Tier 2", "Tier 3", "Tier 3" }, review.Column("d", "tier"));
        Assert.Equal(new[] { "Initial", "None", "Demotion", "None" }, review.Column("d", "movement"));
    }

    [Fact]
    public void A_demotion_is_held_while_whole_days_in_the_revenue_tier_are_below_minDaysInTier()
    {
        // minDaysInTier 100: Tier 1 since 2024-03-31; at 2024-06-30 only 91 days → held (tier and revenue tier stay);
        // at 2024-09-30, 183 days → the demotion happens.
        using var ws = new Workspace();
        var review = Review(ws, ",\"minDaysInTier\":100", Deals("h", 600000m, 0m, 0m, 0m), Deals("p", 0m, 600000m, 600000m, 600000m));

        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 3", "Tier 3" }, review.Column("h", "tier"));
        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 3", "Tier 3" }, review.Column("h", "revenuetier"));
        Assert.Equal(new[] { "Initial", "None", "Tier1Slip", "None" }, review.Column("h", "movement"));
        Assert.Contains("held", review.Row("2024-06-30", "h")["reason"], System.StringComparison.OrdinalIgnoreCase);
        // Promotions are never held.
        Assert.Equal(new[] { "Initial", "Surge", "None", "None" }, review.Column("p", "movement"));
    }

    [Fact]
    public void A_demotion_is_allowed_on_the_day_minDaysInTier_is_reached()
    {
        // minDaysInTier 91: 2024-03-31 → 2024-06-30 is exactly 91 whole days, not fewer → not held.
        using var ws = new Workspace();
        var review = Review(ws, ",\"minDaysInTier\":91", Deals("h", 600000m, 0m, 0m, 0m));

        Assert.Equal(new[] { "Tier 1", "Tier 3", "Tier 3", "Tier 3" }, review.Column("h", "tier"));
    }

    [Fact]
    public void A_fall_lands_on_the_best_worse_tier_whose_reduced_threshold_is_reached()
    {
        // Thresholds 1 000 000 / 500 000 / 0, margin 10 %. x from A (1 200 000) to 95 000: B needs
        // 450 000 → C, a Tier1Slip; back at 560 000 ≥ 550 000 → B, a surge (from the last tier).
        using var ws = new Workspace();
        var policy = "{\"windowMonths\":3,\"tiers\":[{\"name\":\"A\",\"minRevenue\":1000000},{\"name\":\"B\",\"minRevenue\":500000},"
            + "{\"name\":\"C\",\"minRevenue\":0}]}";
        var review = RuleReview.Of(ws,
            new[] { "accountid", "x", "y" },
            new[] { OppHeader }.Concat(Deals("x", 1200000m, 95000m, 95000m, 560000m)).Concat(Deals("y", 1200000m, 460000m, 95000m, 1000000m)).ToArray(),
            policy: policy,
            dates: Range);

        Assert.Equal(new[] { "A", "C", "C", "B" }, review.Column("x", "tier"));
        Assert.Equal(new[] { "Initial", "Tier1Slip", "None", "Surge" }, review.Column("x", "movement"));
        // y: 460 000 < 900 000 leaves A but reaches B's 450 000; 95 000 < 450 000 → C; 1 000 000 < 1 100 000 → B only.
        Assert.Equal(new[] { "A", "B", "C", "B" }, review.Column("y", "tier"));
        Assert.Equal(new[] { "Initial", "Tier1Slip", "Demotion", "Surge" }, review.Column("y", "movement"));
    }
}
