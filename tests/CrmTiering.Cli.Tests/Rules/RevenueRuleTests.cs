namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R3 rounding, R4 whose record, R5 revenue parts and basis, R6 pipeline, R7 young accounts. D = 2024-03-31.</summary>
public class RevenueRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,customerid,statecode,actualvalue_base,actualclosedate,estimatedvalue_base,closeprobability,estimatedclosedate";
    private const string InvoiceHeader = "invoiceid,customerid,statecode,totalamount_base,totalamountlessfreight_base,datedelivered,createdon";

    [Fact]
    public void Invoices_are_dated_by_delivery_else_creation_and_only_paid_ones_count()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[] { OppHeader },
            new[]
            {
                InvoiceHeader,
                "i1,a,Paid,1000,,2024-01-10,2022-01-01",   // delivered inside: counts although created long before
                "i2,a,paid,200,,2022-01-10,2024-01-10",    // delivered outside: the creation date does not rescue it
                "i3,a,2,30,,,2024-02-10",                   // no delivery date: dated by creation, inside
                "i4,a,Active,4,,2024-01-10,",
                "i5,a,Closed,5,,2024-01-10,",
                "i6,a,Canceled,6,,2024-01-10,",
                "i7,a,Paid,-100,,2024-01-10,",              // a credit note counts as it is
                "i8,a,Paid,,,2024-01-10,",                  // no amount: counts as 0
            });

        Assert.Equal("930.00", review.Row("2024-03-31", "a")["paidrevenue"]);
    }

    [Fact]
    public void Invoice_amount_is_the_total_by_default_and_less_freight_when_Net()
    {
        string[] accounts = { "accountid", "a" };
        string[] invoices = { InvoiceHeader, "i1,a,Paid,120000,90000,2024-01-10," };
        using var totalWs = new Workspace();
        var total = RuleReview.Of(totalWs, accounts, new[] { OppHeader }, invoices);
        using var netWs = new Workspace();
        var net = RuleReview.Of(netWs, accounts, new[] { OppHeader }, invoices, RuleReview.Policy("\"invoiceAmount\":\"Net\""));

        Assert.Equal("120000.00", total.Row("2024-03-31", "a")["paidrevenue"]);
        Assert.Equal("Tier 2", total.Row("2024-03-31", "a")["tier"]);
        Assert.Equal("90000.00", net.Row("2024-03-31", "a")["paidrevenue"]);
        Assert.Equal("Tier 3", net.Row("2024-03-31", "a")["tier"]);
    }

    [Theory]
    [InlineData(null, "300000.00", "Tier 2")]
    [InlineData("Max", "300000.00", "Tier 2")]
    [InlineData("Sum", "500000.00", "Tier 1")]
    [InlineData("WonOnly", "300000.00", "Tier 2")]
    [InlineData("PaidOnly", "200000.00", "Tier 2")]
    public void Revenue_basis_combines_won_and_paid_revenue(string? basis, string effective, string tier)
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[] { OppHeader, "o1,a,,Won,300000,2024-01-10,,,", "o2,a,,Lost,999999,2024-01-10,,," },
            new[] { InvoiceHeader, "i1,a,Paid,200000,,2024-01-10," },
            basis is null ? null : RuleReview.Policy("\"revenueBasis\":\"" + basis + "\""));

        var row = review.Row("2024-03-31", "a");
        Assert.Equal("300000.00", row["wonrevenue"]);
        Assert.Equal("200000.00", row["paidrevenue"]);
        Assert.Equal(effective, row["effectiverevenue"]);
        Assert.Equal(tier, row["tier"]);
    }

    [Fact]
    public void Opportunity_belongs_to_its_parent_account_else_to_an_account_customer()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "parent", "customer" },
            new[]
            {
                OppHeader,
                "o1,parent,customer,Won,150000,2024-01-10,,,",
                "o2,,customer,Won,120000,2024-01-10,,,",
            });

        Assert.Equal("150000.00", review.Row("2024-03-31", "parent")["wonrevenue"]);
        Assert.Equal("120000.00", review.Row("2024-03-31", "customer")["wonrevenue"]);
    }

    [Fact]
    public void Weighted_open_pipeline_counts_up_to_the_horizon_without_lower_bound()
    {
        // D = 2024-02-29 → horizon AddMonths(D, 12) = 2025-02-28. Weight 0.5.
        // Counted: 200 000 × 50 % + 100 000 × 20 % (close date in the past) + 10 000 × 100 % (on the horizon) = 130 000.
        // Weighted 0.5 → 65 000; plus won 40 000 = 105 000 → Tier 2.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[]
            {
                OppHeader,
                "o1,a,,Won,40000,2024-01-10,,,",
                "o2,a,,Open,,,200000,50,2024-06-01",
                "o3,a,,Open,,,100000,20,2020-01-01",
                "o4,a,,Open,,,10000,100,2025-02-28",
                "o5,a,,Open,,,900000,100,2025-03-01",
                "o6,a,,Lost,,,900000,100,2024-06-01",
            },
            policy: RuleReview.Policy("\"pipelineWeight\":0.5"),
            dates: new[] { "--as-of", "2024-02-29" });

        var row = review.Row("2024-02-29", "a");
        Assert.Equal("105000.00", row["effectiverevenue"]);
        Assert.Equal("Tier 2", row["tier"]);
    }

    [Fact]
    public void Open_pipeline_is_ignored_with_the_default_weight()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[] { OppHeader, "o1,a,,Open,,,900000,100,2024-06-01" });

        Assert.Equal("0.00", review.Row("2024-03-31", "a")["effectiverevenue"]);
    }

    [Fact]
    public void Effective_revenue_is_rounded_away_from_zero_to_cents_before_the_threshold_comparison()
    {
        // 99 999.995 rounds to 100 000.00, which reaches Tier 2; 99 999.994 rounds to 99 999.99.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "up", "down" },
            new[] { OppHeader, "o1,up,,Won,99999.995,2024-01-10,,,", "o2,down,,Won,99999.994,2024-01-10,,," });

        Assert.Equal("100000.00", review.Row("2024-03-31", "up")["effectiverevenue"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "up")["tier"]);
        Assert.Equal("99999.99", review.Row("2024-03-31", "down")["effectiverevenue"]);
        Assert.Equal("Tier 3", review.Row("2024-03-31", "down")["tier"]);
    }

    [Fact]
    public void Young_accounts_use_expected_revenue_while_their_creation_date_is_inside_the_window()
    {
        // D = 2024-03-31, Start = 2023-03-31 exclusive.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid,createdon,overriddencreatedon,ctier_expectedannualrevenue",
                "young,2023-10-01,,600000",
                "onstart,2023-03-31,,600000",
                "dayafter,2023-04-01,,600000",
                "imported,2024-01-01,2020-01-01,600000",
                "lowexpect,2023-10-01,,50000",
                "noexpect,2023-10-01,,",
            },
            new[]
            {
                OppHeader,
                "o1,young,,Won,150000,2023-06-01,,,",
                "o2,onstart,,Won,150000,2023-06-01,,,",
                "o3,dayafter,,Won,150000,2023-06-01,,,",
                "o4,imported,,Won,150000,2023-06-01,,,",
                "o5,lowexpect,,Won,150000,2023-06-01,,,",
                "o6,noexpect,,Won,150000,2023-06-01,,,",
            });

        Assert.Equal("600000.00", review.Row("2024-03-31", "young")["effectiverevenue"]);
        Assert.Equal("Tier 1", review.Row("2024-03-31", "young")["tier"]);
        Assert.Equal("150000.00", review.Row("2024-03-31", "onstart")["effectiverevenue"]);
        Assert.Equal("600000.00", review.Row("2024-03-31", "dayafter")["effectiverevenue"]);
        Assert.Equal("150000.00", review.Row("2024-03-31", "imported")["effectiverevenue"]);
        Assert.Equal("150000.00", review.Row("2024-03-31", "lowexpect")["effectiverevenue"]);
        Assert.Equal("150000.00", review.Row("2024-03-31", "noexpect")["effectiverevenue"]);
        // Revenue dated before the account's creation counts (R5).
        Assert.Equal("150000.00", review.Row("2024-03-31", "young")["wonrevenue"]);
    }

    [Fact]
    public void Expected_revenue_stops_counting_once_the_creation_date_leaves_the_window()
    {
        // Created 2023-05-15, 12-month window: young at 2024-03-31, not at 2024-06-30 (Start 2023-06-30).
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,createdon,ctier_expectedannualrevenue", "y,2023-05-15,600000" },
            new[] { OppHeader, "o1,y,,Won,150000,2023-12-01,,," },
            dates: new[] { "--from", "2024-03-31", "--to", "2024-06-30", "--every", "3" });

        Assert.Equal(new[] { "600000.00", "150000.00" }, review.Column("y", "effectiverevenue"));
        // 150 000 < 500 000 × 0.9 → Tier 1 slips to Tier 2 (90 000 reached).
        Assert.Equal(new[] { "Tier 1", "Tier 2" }, review.Column("y", "tier"));
        Assert.Equal(new[] { "Initial", "Tier1Slip" }, review.Column("y", "movement"));
    }
}
