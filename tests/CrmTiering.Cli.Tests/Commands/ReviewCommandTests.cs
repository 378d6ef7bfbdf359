namespace CrmTiering.Cli.Tests.Commands;

/// <summary>
/// `review` end to end through the entry point, default policy v1 (Tier 1 ≥ 500 000, Tier 2 ≥
/// 100 000, margin 10 %, window 12 months). Expected values are worked out by hand from DESIGN.
/// </summary>
public class ReviewCommandTests
{
    private static readonly string[] ContractColumns =
    {
        "asof", "accountid", "name", "tier", "revenuetier", "previoustier", "onboardingtier", "highesttier",
        "movement", "effectiverevenue", "wonrevenue", "paidrevenue", "valuescore", "quadrant", "reason",
    };

    [Fact]
    public void Output_starts_with_the_fifteen_contract_columns_in_order()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var opportunities = ws.Write("opportunities.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31", "--out", ws.PathOf("r.csv"));

        Assert.Equal(0, run.ExitCode);
        var table = OutputTable.Parse(ws.Read("r.csv"));
        Assert.Equal(ContractColumns, table.Columns.Take(15));
    }

    [Fact]
    public void Single_review_classifies_each_account_from_won_and_paid_revenue_in_the_window()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv",
            "accountid,name,revenue,ctier_efforttomanage",
            "ACME-01,Acme,2400000,7",
            "beta 2,\"Beta, Inc\",,",
            "C3,Gamma,,");
        var opportunities = ws.Write("opportunities.csv",
            "opportunityid,parentaccountid,customerid,statecode,actualvalue_base,actualclosedate",
            "o1,ACME-01,,Won,300000,2023-04-01",   // in: 2023-03-31 < d
            "o2,ACME-01,,1,300000.004,2024-03-31", // in: d = D, unrounded amount
            "o3,ACME-01,,Won,999999,2023-03-31",   // out: Start is exclusive
            "o4,,beta 2,won,90000,2024-01-10",     // customerid names a known account (R4)
            "o5,beta 2,,Lost,500000,2024-01-10",   // lost never counts
            "o6,C3,,Open,500000,");
        var invoices = ws.Write("invoices.csv",
            "invoiceid,customerid,statecode,totalamount_base,datedelivered,createdon",
            "i1,beta 2,Paid,80000,2024-02-01,",
            "i2,beta 2,2,40000,,2024-02-02",       // no delivery date: dated by createdon
            "i3,beta 2,Active,900000,2024-02-01,",
            "i4,C3,Paid,-5000,2024-02-01,");        // a credit note counts as it is

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--invoices", invoices,
            "--as-of", "2024-03-31", "--out", ws.PathOf("r.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var table = OutputTable.Parse(ws.Read("r.csv"));
        Assert.Equal(3, table.Rows.Count);

        var acme = table.Row("2024-03-31", "ACME-01");
        Assert.Equal("Acme", acme["name"]);
        Assert.Equal("Tier 1", acme["tier"]);
        Assert.Equal("Tier 1", acme["revenuetier"]);
        Assert.Equal("", acme["previoustier"]);
        Assert.Equal("Initial", acme["movement"]);
        Assert.Equal("600000.00", acme["effectiverevenue"]); // 600 000.004 rounded (R3)
        Assert.Equal("600000.00", acme["wonrevenue"]);
        Assert.Equal("0.00", acme["paidrevenue"]);
        Assert.Equal("Develop", acme["quadrant"]);           // Tier 1 important, effort 7 ≥ 6
        Assert.Equal("0.25", acme["shareofwallet"]);         // 600 000 / 2 400 000

        var beta = table.Row("2024-03-31", "beta 2");
        Assert.Equal("Beta, Inc", beta["name"]);
        Assert.Equal("90000.00", beta["wonrevenue"]);
        Assert.Equal("120000.00", beta["paidrevenue"]);
        Assert.Equal("120000.00", beta["effectiverevenue"]); // Max basis
        Assert.Equal("Tier 2", beta["tier"]);
        Assert.Equal("Maximise", beta["quadrant"]);

        var gamma = table.Row("2024-03-31", "C3");
        Assert.Equal("-5000.00", gamma["paidrevenue"]);
        Assert.Equal("0.00", gamma["effectiverevenue"]);
        Assert.Equal("Tier 3", gamma["tier"]);
        Assert.Equal("Minimise", gamma["quadrant"]);
    }

    [Fact]
    public void Labels_and_numbers_for_statecode_give_the_same_review()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var labels = ws.Write("labels.csv", "parentaccountid,statecode,actualvalue_base,actualclosedate", "A,WON,150000,2024-01-01", "A,lost,900000,2024-01-01");
        var numbers = ws.Write("numbers.csv", "parentaccountid,statecode,actualvalue_base,actualclosedate", "A,1,150000,2024-01-01", "A,2,900000,2024-01-01");

        var byLabel = CliRun.Of("review", "--accounts", accounts, "--opportunities", labels, "--as-of", "2024-03-31");
        var byNumber = CliRun.Of("review", "--accounts", accounts, "--opportunities", numbers, "--as-of", "2024-03-31");

        Assert.Equal(byLabel.Output, byNumber.Output);
        Assert.Equal("Tier 2", OutputTable.Parse(byLabel.Output).Row("2024-03-31", "A")["tier"]);
    }

    [Fact]
    public void Instants_are_dated_in_the_policy_time_zone()
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", "{\"timeZone\":\"W. Europe Standard Time\",\"tiers\":[{\"name\":\"Gold\",\"minRevenue\":100},{\"name\":\"Rest\",\"minRevenue\":0}]}");
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");
        var invoices = ws.Write("i.csv",
            "customerid,statecode,totalamount_base,datedelivered",
            "A,Paid,10,2024-03-31T21:30:00Z",  // 23:30 in Berlin: 31 March, counted
            "A,Paid,1000,2024-03-31T22:30:00Z", // 00:30 on 1 April in Berlin: after D
            "A,Paid,20,2024-03-31T23:59:00+02:00");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--invoices", invoices,
            "--policy", policy, "--as-of", "2024-03-31");

        var row = OutputTable.Parse(run.Output).Row("2024-03-31", "A");
        Assert.Equal("30.00", row["paidrevenue"]);
        Assert.Equal("Rest", row["tier"]);
    }

    [Fact]
    public void Review_dates_count_from_from_and_include_to()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities,
            "--from", "2024-01-31", "--to", "2024-04-30", "--every", "1");

        Assert.Equal(new[] { "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30" },
            OutputTable.Parse(run.Output).Rows.Select(r => r["asof"]));
    }

    [Fact]
    public void Account_appears_from_its_first_review_on_or_after_creation_and_starts_with_initial()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv",
            "accountid,createdon,overriddencreatedon",
            "old,2020-01-01,",
            "new,2024-01-01,2024-05-15",   // overriddencreatedon wins
            "exact,2024-06-30T10:00:00,"); // created on a review date: reviewed that day
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities,
            "--from", "2024-03-31", "--to", "2024-09-30", "--every", "3");

        var table = OutputTable.Parse(run.Output);
        Assert.Equal(3, table.For("old").Count());
        Assert.Equal(new[] { "2024-06-30", "2024-09-30" }, table.For("new").Select(r => r["asof"]));
        Assert.Equal(new[] { "Initial", "None" }, table.For("new").Select(r => r["movement"]));
        Assert.Equal("2024-06-30", table.For("exact").First()["asof"]);
    }

    [Fact]
    public void Value_factor_outside_zero_to_ten_is_ignored_with_a_warning()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv",
            "accountid,ctier_referralvalue,ctier_logovalue",
            "A,11,9");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { string.Format(CliMessages.FactorOutOfRangeWarning, accounts, 2, "ctier_referralvalue", 11) }, run.ErrorLines);
        var row = OutputTable.Parse(run.Output).Row("2024-03-31", "A");
        Assert.Equal("9", row["valuescore"]);   // only the logo factor scores
        Assert.Equal("Tier 2", row["tier"]);    // 9 ≥ bumpAt 8: Tier 3 bumped one position
        Assert.Equal("Tier 3", row["revenuetier"]);
    }

    [Fact]
    public void Override_by_tier_name_replaces_the_tier_until_its_end_date()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv",
            "accountid,ctier_tieroverride,ctier_tieroverrideuntil",
            "A,tier 1,2024-06-30");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities,
            "--from", "2024-03-31", "--to", "2024-09-30", "--every", "3", "--tasks", ws.PathOf("t.csv"));

        var rows = OutputTable.Parse(run.Output).For("A").ToList();
        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 3" }, rows.Select(r => r["tier"]));
        Assert.All(rows, r => Assert.Equal("Tier 3", r["revenuetier"]));
        Assert.Equal("Tier 3", rows[0]["onboardingtier"]);   // onboarding ignores the override (R11)
        Assert.Equal("Tier1Slip", rows[2]["movement"]);      // the override expired: Tier 1 → Tier 3
        Assert.Empty(OutputTable.Parse(ws.Read("t.csv")).Rows); // override-only movement: no task by default
    }
}
