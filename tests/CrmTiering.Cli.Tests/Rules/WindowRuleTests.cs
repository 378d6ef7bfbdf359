namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R1 window bounds and R2 dates: Start exclusive, D inclusive, AddMonths clamping, time zones.</summary>
public class WindowRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";

    [Fact]
    public void Leap_day_as_of_counts_from_the_day_after_the_clamped_start_up_to_and_including_D()
    {
        // D = 2024-02-29, 12 months → Start = 2023-02-28 (exclusive).
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "onstart", "afterstart", "onD", "afterD" },
            new[]
            {
                OppHeader,
                "o1,onstart,Won,600000,2023-02-28",
                "o2,afterstart,Won,600000,2023-03-01",
                "o3,onD,Won,600000,2024-02-29",
                "o4,afterD,Won,600000,2024-03-01",
            },
            dates: new[] { "--as-of", "2024-02-29" });

        Assert.Equal(0, review.Run.ExitCode);
        Assert.Equal("0.00", review.Row("2024-02-29", "onstart")["effectiverevenue"]);
        Assert.Equal("600000.00", review.Row("2024-02-29", "afterstart")["effectiverevenue"]);
        Assert.Equal("600000.00", review.Row("2024-02-29", "onD")["effectiverevenue"]);
        Assert.Equal("0.00", review.Row("2024-02-29", "afterD")["effectiverevenue"]);
        Assert.Equal("Tier 3", review.Row("2024-02-29", "onstart")["tier"]);
        Assert.Equal("Tier 1", review.Row("2024-02-29", "afterstart")["tier"]);
    }

    [Fact]
    public void One_month_window_from_the_31st_of_March_starts_on_the_29th_of_February_exclusive()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "leap", "march" },
            new[] { OppHeader, "o1,leap,Won,150000,2024-02-29", "o2,march,Won,150000,2024-03-01" },
            policy: RuleReview.Policy("\"windowMonths\":1"),
            dates: new[] { "--as-of", "2024-03-31" });

        Assert.Equal("0.00", review.Row("2024-03-31", "leap")["wonrevenue"]);
        Assert.Equal("150000.00", review.Row("2024-03-31", "march")["wonrevenue"]);
        Assert.Equal("Tier 2", review.Row("2024-03-31", "march")["tier"]);
    }

    [Fact]
    public void Instants_with_Z_or_an_offset_are_converted_to_the_policy_zone_and_plain_values_are_dates_there()
    {
        // W. Europe is UTC+1 in January. D = 2024-01-31.
        // "2024-01-31T23:30:00Z" is 1 Feb 00:30 in Berlin (outside) but 31 Jan in UTC (inside).
        // "2024-02-01T00:30:00+01:00" is 1 Feb in Berlin (outside) but 31 Jan 23:30 in UTC (inside).
        // "2024-01-31T23:30:00" has no offset: 31 Jan in the policy zone whatever it is (inside).
        string[] accounts = { "accountid", "zulu", "offset", "plain" };
        string[] invoices =
        {
            "invoiceid,customerid,statecode,totalamount_base,datedelivered",
            "i1,zulu,Paid,150000,2024-01-31T23:30:00Z",
            "i2,offset,Paid,150000,2024-02-01T00:30:00+01:00",
            "i3,plain,Paid,150000,2024-01-31T23:30:00",
        };
        using var berlinWs = new Workspace();
        var berlin = RuleReview.Of(berlinWs, accounts, new[] { OppHeader }, invoices,
            RuleReview.Policy("\"timeZone\":\"W. Europe Standard Time\""), new[] { "--as-of", "2024-01-31" });
        using var utcWs = new Workspace();
        var utc = RuleReview.Of(utcWs, accounts, new[] { OppHeader }, invoices, null, new[] { "--as-of", "2024-01-31" });

        Assert.Equal("0.00", berlin.Row("2024-01-31", "zulu")["paidrevenue"]);
        Assert.Equal("0.00", berlin.Row("2024-01-31", "offset")["paidrevenue"]);
        Assert.Equal("150000.00", berlin.Row("2024-01-31", "plain")["paidrevenue"]);
        Assert.Equal("150000.00", utc.Row("2024-01-31", "zulu")["paidrevenue"]);
        Assert.Equal("150000.00", utc.Row("2024-01-31", "offset")["paidrevenue"]);
        Assert.Equal("150000.00", utc.Row("2024-01-31", "plain")["paidrevenue"]);
    }

    [Fact]
    public void An_instant_at_the_window_start_enters_the_window_when_the_zone_puts_it_on_the_next_day()
    {
        // D = 2024-03-31, Start = 2023-03-31 (exclusive). 2023-03-31T23:30Z is 1 Apr 01:30 in Berlin (summer time).
        string[] accounts = { "accountid", "a" };
        string[] opportunities = { OppHeader, "o1,a,Won,150000,2023-03-31T23:30:00Z" };
        using var berlinWs = new Workspace();
        var berlin = RuleReview.Of(berlinWs, accounts, opportunities, null, RuleReview.Policy("\"timeZone\":\"W. Europe Standard Time\""));
        using var utcWs = new Workspace();
        var utc = RuleReview.Of(utcWs, accounts, opportunities);

        Assert.Equal("150000.00", berlin.Row("2024-03-31", "a")["wonrevenue"]);
        Assert.Equal("0.00", utc.Row("2024-03-31", "a")["wonrevenue"]);
    }

    [Fact]
    public void Creation_instant_is_dated_in_the_policy_zone_before_choosing_the_first_review()
    {
        // createdon 2024-03-31T23:30Z is 1 Apr in Berlin: no row at the 2024-03-31 review, Initial at 2024-04-30.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,createdon", "late,2024-03-31T23:30:00Z" },
            new[] { OppHeader },
            policy: RuleReview.Policy("\"timeZone\":\"W. Europe Standard Time\""),
            dates: new[] { "--from", "2024-03-31", "--to", "2024-04-30", "--every", "1" });

        Assert.Equal(new[] { "2024-04-30" }, review.Column("late", "asof"));
        Assert.Equal(new[] { "Initial" }, review.Column("late", "movement"));
    }
}
