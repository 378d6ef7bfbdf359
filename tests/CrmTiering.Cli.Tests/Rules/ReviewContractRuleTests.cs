using System.IO;
using System.Text;

namespace CrmTiering.Cli.Tests.Rules;

/// <summary>The review contract: inputs, review dates, rows per account, output columns and formats, tasks.</summary>
public class ReviewContractRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";

    [Fact]
    public void Output_starts_with_the_15_contract_columns_in_order_utf8_without_bom()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws, new[] { "accountid,name", "a,Alpha" }, new[] { OppHeader, "o1,a,Won,150000,2024-01-10" });

        var expected = "asof,accountid,name,tier,revenuetier,previoustier,onboardingtier,highesttier,movement,effectiverevenue,wonrevenue,paidrevenue,valuescore,quadrant,reason".Split(',');
        Assert.Equal(expected, review.Table!.Columns.Take(15));
        var bytes = File.ReadAllBytes(ws.PathOf("review.csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        var row = review.Row("2024-03-31", "a");
        Assert.Equal("Alpha", row["name"]);
        Assert.Equal("", row["previoustier"]);
        Assert.Equal("Initial", row["movement"]);
        Assert.Equal("150000.00", row["effectiverevenue"]);
        Assert.Equal("150000.00", row["wonrevenue"]);
        Assert.Equal("0.00", row["paidrevenue"]);
    }

    [Fact]
    public void Review_dates_count_from_the_start_with_month_end_clamping_and_an_inclusive_end()
    {
        // 31 Jan every month: 31 Jan, 29 Feb, 31 Mar, 30 Apr (to inclusive); 31 May is after --to.
        using var ws = new Workspace();
        var review = RuleReview.Of(ws, new[] { "accountid", "a" }, new[] { OppHeader },
            dates: new[] { "--from", "2024-01-31", "--to", "2024-04-30", "--every", "1" });

        Assert.Equal(new[] { "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30" }, review.Column("a", "asof"));
    }

    [Fact]
    public void Accounts_join_at_the_first_review_date_on_or_after_their_creation_date()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[]
            {
                "accountid,createdon,overriddencreatedon",
                "mid,2024-02-15,",
                "exact,2024-03-31,",
                "imported,2024-04-15,2023-01-01",
                "unknown,,",
                "future,2025-01-01,",
            },
            new[] { OppHeader },
            dates: new[] { "--from", "2024-01-31", "--to", "2024-04-30", "--every", "1" });

        Assert.Equal(new[] { "2024-02-29", "2024-03-31", "2024-04-30" }, review.Column("mid", "asof"));
        Assert.Equal("Initial", review.Column("mid", "movement")[0]);
        Assert.Equal(new[] { "2024-03-31", "2024-04-30" }, review.Column("exact", "asof"));
        Assert.Equal(new[] { "Initial", "None" }, review.Column("exact", "movement"));
        Assert.Equal(4, review.Column("imported", "asof").Count);
        Assert.Equal(4, review.Column("unknown", "asof").Count);
        Assert.Empty(review.Column("future", "asof"));
    }

    [Fact]
    public void Ids_are_trimmed_matched_exactly_and_echoed_unchanged()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid,name", " ACC-001 ,First", "acc-001,Second" },
            new[] { OppHeader, "o1,ACC-001,Won,150000,2024-01-10", "o2,  acc-001 ,won,600000,2024-01-10", "o3,Acc-001,Won,1,2024-01-10" });

        Assert.Equal("150000.00", review.Row("2024-03-31", "ACC-001")["wonrevenue"]);
        Assert.Equal("600000.00", review.Row("2024-03-31", "acc-001")["wonrevenue"]);
        Assert.Equal(new[] { "warning: skipped 1 unusable rows (opportunities 1, invoices 0)" }, review.Run.ErrorLines);
    }

    [Fact]
    public void Headers_are_found_by_name_in_any_order_and_unknown_columns_are_ignored()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "colour,accountid,name", "red,a,Alpha" },
            new[] { "actualclosedate,something,actualvalue_base,statecode,customerid", "2024-01-10,x,150000,1,a" });

        Assert.Equal(0, review.Run.ExitCode);
        Assert.Equal("150000.00", review.Row("2024-03-31", "a")["wonrevenue"]);
    }

    [Fact]
    public void Statecodes_are_numbers_or_labels_in_any_case()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[] { OppHeader, "o1,a,WON,100,2024-01-10", "o2,a,won,20,2024-01-10", "o3,a,1,3,2024-01-10", "o4,a,lost,1000,2024-01-10", "o5,a,OPEN,1000,2024-01-10" },
            new[] { "invoiceid,customerid,statecode,totalamount_base,datedelivered", "i1,a,PAID,100,2024-01-10", "i2,a,paid,20,2024-01-10", "i3,a,2,4,2024-01-10", "i4,a,canceled,1000,2024-01-10", "i5,a,active,1000,2024-01-10", "i6,a,CLOSED,1000,2024-01-10" });

        Assert.Equal(0, review.Run.ExitCode);
        Assert.Empty(review.Run.ErrorLines);
        Assert.Equal("123.00", review.Row("2024-03-31", "a")["wonrevenue"]);
        Assert.Equal("124.00", review.Row("2024-03-31", "a")["paidrevenue"]);
    }

    [Fact]
    public void Unusable_rows_are_skipped_counted_once_and_reported_in_one_warning_line()
    {
        using var ws = new Workspace();
        var review = RuleReview.Of(ws,
            new[] { "accountid", "a" },
            new[]
            {
                "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate,estimatedvalue_base,closeprobability,estimatedclosedate",
                "good,a,Won,100,2024-01-10,,,",
                "unknown,zz,Won,100,2024-01-10,,,",
                "state,a,Pending,100,2024-01-10,,,",
                "amount,a,Won,1 000,2024-01-10,,,",
                "date,a,Won,100,10/01/2024,,,",
                "lostbaddate,a,Lost,100,2024-13-45,,,",
                "probability,a,Open,,,100,abc,2024-06-01",
                "twice,zz,Bogus,x,y,,,",
            },
            new[]
            {
                "invoiceid,customerid,statecode,totalamount_base,datedelivered,createdon",
                "i1,a,Paid,50,2024-01-10,",
                "i2,nobody,Paid,50,2024-01-10,",
                "i3,a,Canceled,abc,2024-01-10,",
                "i4,a,Active,5,,yesterday",
            });

        Assert.Equal(0, review.Run.ExitCode);
        Assert.Equal(new[] { "warning: skipped 10 unusable rows (opportunities 7, invoices 3)" }, review.Run.ErrorLines);
        Assert.Equal("100.00", review.Row("2024-03-31", "a")["wonrevenue"]);
        Assert.Equal("50.00", review.Row("2024-03-31", "a")["paidrevenue"]);
    }

    [Fact]
    public void Numbers_and_dates_are_invariant_whatever_the_machine_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            using var ws = new Workspace();
            var review = RuleReview.Of(ws,
                new[] { "accountid,ctier_referralvalue,ctier_marketingvalue", "a,8,7" },
                new[] { OppHeader, "o1,a,Won,1234.5,2024-01-10" });

            var row = review.Row("2024-03-31", "a");
            Assert.Equal("1234.50", row["effectiverevenue"]);
            Assert.Equal("7.5", row["valuescore"]);
            Assert.Equal("2024-03-31", row["asof"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_slip_creates_a_task_and_a_same_kind_movement_at_the_next_review_updates_it()
    {
        // Three tiers, no margin. Review 1: Platinum. Review 2: Bronze (Tier1Slip, task created).
        // Review 3: Platinum again (Surge). Review 4: Gold (Tier1Slip, a new task: the slip task was open one period only).
        using var ws = new Workspace();
        var policy = "{\"hysteresisMargin\":0,\"windowMonths\":3,\"tiers\":[{\"name\":\"Platinum\",\"minRevenue\":1000000},"
            + "{\"name\":\"Gold\",\"minRevenue\":500000},{\"name\":\"Bronze\",\"minRevenue\":0}]}";
        var review = RuleReview.Of(ws,
            new[] { "accountid,name,ownerid", "a,Alpha,rep" },
            new[] { OppHeader, "q1,a,Won,1000000,2024-02-15", "q2,a,Won,100000,2024-05-15", "q3,a,Won,1000000,2024-08-15", "q4,a,Won,600000,2024-11-15" },
            null,
            policy,
            new[] { "--from", "2024-03-31", "--to", "2024-12-31", "--every", "3" },
            "--users", ws.Write("users.csv", "systemuserid,fullname,parentsystemuserid,isdisabled", "rep,Rita Rep,,false"),
            "--tasks", ws.PathOf("t.csv"));

        Assert.Equal(new[] { "Initial", "Tier1Slip", "Surge", "Tier1Slip" }, review.Column("a", "movement"));
        var tasks = OutputTable.Parse(ws.Read("t.csv")).Rows;
        Assert.Equal(new[] { "2024-06-30 Tier1Slip created", "2024-09-30 Surge created", "2024-12-31 Tier1Slip created" },
            tasks.Select(t => t["asof"] + " " + t["kind"] + " " + t["action"]));
        Assert.All(tasks, t => Assert.Equal("rep", t["ownerid"]));
    }
}
