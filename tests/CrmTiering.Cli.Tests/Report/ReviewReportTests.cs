using System.Collections.Generic;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Report.Charts;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>
/// <c>review --report</c> end to end. Default policy v1; reviews 2024-03-31, 06-30, 09-30.
/// A: 600 000 won 2023-06-01 → Tier 1, then out of the window at 06-30 → Tier 3 (a Tier 1 slip).
/// B: nothing → Tier 3, then 600 000 won 2024-05-01 → Tier 1 (a surge), effort 8.
/// C: created 2024-08-01, nothing → joins at 09-30 in Tier 3.
/// </summary>
public class ReviewReportTests
{
    private static CliRun Review(Workspace ws, params string[] extra)
    {
        var accounts = ws.Write("accounts.csv",
            "accountid,name,createdon,ownerid,ctier_efforttomanage",
            "A,Alpha,2020-01-01,u1,",
            "B,Beta,2020-01-01,u1,8",
            "C,Gamma,2024-08-01,u1,");
        var opportunities = ws.Write("opportunities.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "A,Won,600000,2023-06-01",
            "B,Won,600000,2024-05-01");
        var args = new[] { "review", "--accounts", accounts, "--opportunities", opportunities,
            "--from", "2024-03-31", "--to", "2024-09-30", "--every", "3", "--out", ws.PathOf("r.csv") };
        return CliRun.Of(args.Concat(extra).ToArray());
    }

    [Fact]
    public void Review_report_charts_the_tiers_movements_below_peak_and_quadrants_of_the_run()
    {
        using var ws = new Workspace();

        var run = Review(ws, "--report", ws.PathOf("r.html"));

        Assert.Equal(0, run.ExitCode);
        var page = ReportPage.Parse(ws.Read("r.html"));
        var tiers = page.Section(HtmlReport.DistributionSection);
        Assert.Equal((1, 0, 1), (ReportPage.Bar(tiers, "Tier 1", "2024-03-31"), ReportPage.Bar(tiers, "Tier 2", "2024-03-31"), ReportPage.Bar(tiers, "Tier 3", "2024-03-31")));
        Assert.Equal((1, 0, 1), (ReportPage.Bar(tiers, "Tier 1", "2024-06-30"), ReportPage.Bar(tiers, "Tier 2", "2024-06-30"), ReportPage.Bar(tiers, "Tier 3", "2024-06-30")));
        Assert.Equal((1, 0, 2), (ReportPage.Bar(tiers, "Tier 1", "2024-09-30"), ReportPage.Bar(tiers, "Tier 2", "2024-09-30"), ReportPage.Bar(tiers, "Tier 3", "2024-09-30")));

        var movements = page.Section(HtmlReport.MovementSection);
        Assert.Equal(1, ReportPage.Bar(movements, MovementChart.Slips, "2024-06-30"));
        Assert.Equal(1, ReportPage.Bar(movements, MovementChart.Surges, "2024-06-30"));
        Assert.Equal(2, page.Tile("tasks"));
        Assert.Equal(1, page.Tile("slips"));

        var belowPeak = page.Section(HtmlReport.BelowPeakSection);
        Assert.Equal(new[] { 0, 1, 1 }, new[] { "2024-03-31", "2024-06-30", "2024-09-30" }.Select(d => ReportPage.Bar(belowPeak, BelowPeakChart.Series, d)));
        var row = Assert.Single(belowPeak.Descendants("tbody").Single().Elements("tr"));
        Assert.Equal(new[] { "Alpha", "Tier 3", "Tier 1", "2", "0", "A" }, row.Elements("td").Select(td => td.Value));

        var quadrants = page.Section(HtmlReport.QuadrantSection).Descendants(ReportPage.Svg + "g")
            .Where(g => g.Attribute("data-quadrant") != null)
            .ToDictionary(g => (string)g.Attribute("data-quadrant")!, g => ReportPage.Int(g, "data-value"));
        Assert.Equal(new Dictionary<string, int> { ["Maximise"] = 0, ["Develop"] = 1, ["Minimise"] = 2, ["Eject"] = 0 }, quadrants);
    }

    [Fact]
    public void Review_report_tier_bars_agree_with_the_review_csv_rows()
    {
        using var ws = new Workspace();

        Review(ws, "--report", ws.PathOf("r.html"));

        var csv = OutputTable.Parse(ws.Read("r.csv"));
        var tiers = ReportPage.Parse(ws.Read("r.html")).Section(HtmlReport.DistributionSection);
        foreach (var group in csv.Rows.GroupBy(r => (Date: r["asof"], Tier: r["tier"])))
        {
            Assert.Equal(group.Count(), ReportPage.Bar(tiers, group.Key.Tier, group.Key.Date));
        }
    }

    [Fact]
    public void Review_without_report_writes_no_page()
    {
        using var ws = new Workspace();

        var run = Review(ws);

        Assert.Equal(0, run.ExitCode);
        Assert.False(System.IO.File.Exists(ws.PathOf("r.html")));
    }

    [Fact]
    public void Report_path_that_cannot_be_written_is_a_user_mistake()
    {
        using var ws = new Workspace();
        var path = ws.PathOf("missing-folder/r.html");

        var run = Review(ws, "--report", path);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(CliMessages.ErrorPrefix + string.Format(CliMessages.OutputNotWritable, path, ""), line);
    }
}
