using System.IO;
using System.Xml.Linq;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Report.Charts;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>The page checked as XML, without a browser: sections, one chart each, the model's numbers.</summary>
public class HtmlReportStructureTests
{
    private static readonly string[] SectionIds =
    {
        HtmlReport.DistributionSection, HtmlReport.MovementSection, HtmlReport.BelowPeakSection, HtmlReport.QuadrantSection,
    };

    private static (TierReport Model, ReportPage Page, string Html) Render(TierReport? model = null)
    {
        model ??= SampleReports.ThreeQuarters();
        var html = new StringWriter();
        HtmlReport.Write(html, model);
        return (model, ReportPage.Parse(html.ToString()), html.ToString());
    }

    [Fact]
    public void Page_has_the_four_sections_in_order_each_with_exactly_one_chart()
    {
        var (_, page, _) = Render();

        Assert.Equal(SectionIds, page.Sections().Select(s => (string?)s.Attribute("id")));
        foreach (var section in page.Sections())
        {
            var chart = Assert.Single(section.Descendants(ReportPage.Svg + "svg"));
            Assert.NotEmpty((string?)chart.Attribute("viewBox") ?? "");
        }
    }

    [Fact]
    public void Distribution_bars_show_every_tier_count_of_every_period()
    {
        var (model, page, _) = Render();
        var section = page.Section(HtmlReport.DistributionSection);

        foreach (var period in model.Periods)
        {
            for (var t = 0; t < model.Tiers.Count; t++)
            {
                Assert.Equal(period.TierCounts[t], ReportPage.Bar(section, model.Tiers[t], period.Label));
            }
        }
        Assert.Equal(2, ReportPage.Bar(section, "Tier 3", "2024 Q3"));
    }

    [Fact]
    public void Movement_bars_show_slips_surges_promotions_and_demotions_per_period()
    {
        var (model, page, _) = Render();
        var section = page.Section(HtmlReport.MovementSection);

        foreach (var period in model.Periods)
        {
            Assert.Equal(period.Movements.Slips, ReportPage.Bar(section, MovementChart.Slips, period.Label));
            Assert.Equal(period.Movements.Surges, ReportPage.Bar(section, MovementChart.Surges, period.Label));
            Assert.Equal(period.Movements.Promotions, ReportPage.Bar(section, MovementChart.Promotions, period.Label));
            Assert.Equal(period.Movements.Demotions, ReportPage.Bar(section, MovementChart.Demotions, period.Label));
        }
        Assert.Equal(2, ReportPage.Bar(section, MovementChart.Demotions, "2024 Q3"));
    }

    [Fact]
    public void Moves_up_are_drawn_above_the_zero_line_and_moves_down_below_it()
    {
        var (_, page, _) = Render();
        var bars = page.Section(HtmlReport.MovementSection).Descendants(ReportPage.Svg + "rect")
            .Where(r => r.Attribute("data-series") != null).ToArray();
        var zero = ChartZero(page.Section(HtmlReport.MovementSection));

        foreach (var bar in bars)
        {
            var y = double.Parse((string)bar.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
            var height = double.Parse((string)bar.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture);
            var series = (string)bar.Attribute("data-series")!;
            if (series is MovementChart.Surges or MovementChart.Promotions) Assert.True(y + height <= zero + 0.01, series);
            else Assert.True(y >= zero - 0.01, series);
            Assert.True(height > 0, series);
        }
    }

    [Fact]
    public void Below_peak_section_counts_and_lists_the_accounts_below_peak()
    {
        var (model, page, _) = Render();
        var section = page.Section(HtmlReport.BelowPeakSection);

        var count = section.Descendants("p").Single(p => (string?)p.Attribute("class") == "count");
        Assert.Equal(2, ReportPage.Int(count, "data-value"));
        var rows = section.Descendants("tbody").Single().Elements("tr").ToArray();
        Assert.Equal(new[] { "C", "B" }, rows.Select(r => (string?)r.Attribute("data-account")));
        Assert.Equal(new[] { "C", "Tier 3", "Tier 1", "2", "1,000", "C" }, rows[0].Elements("td").Select(td => td.Value));
        Assert.Equal("Beta & <Sons>", rows[1].Elements("td").First().Value);
        foreach (var period in model.Periods)
        {
            Assert.Equal(period.BelowPeak, ReportPage.Bar(section, BelowPeakChart.Series, period.Label));
        }
    }

    [Fact]
    public void Below_peak_table_is_capped_while_the_count_covers_every_account()
    {
        var builder = new TierReportBuilder(SampleReports.Policy, "t", "s", "review", new[] { "d" });
        for (var i = 0; i < HtmlReport.BelowPeakRows + 5; i++)
        {
            builder.CountAccount(0, SampleReports.Account("A" + i, 3, 1, Core.Choices.Quadrant.Minimise, 1000m + i));
        }
        var (_, page, _) = Render(builder.Build());
        var section = page.Section(HtmlReport.BelowPeakSection);

        var count = section.Descendants("p").Single(p => (string?)p.Attribute("class") == "count");
        Assert.Equal(HtmlReport.BelowPeakRows + 5, ReportPage.Int(count, "data-value"));
        Assert.Equal(HtmlReport.BelowPeakRows, section.Descendants("tbody").Single().Elements("tr").Count());
        Assert.Equal("A29", (string?)section.Descendants("tbody").Single().Elements("tr").First().Attribute("data-account"));
    }

    [Fact]
    public void Quadrant_matrix_has_four_cells_with_the_model_counts()
    {
        var (model, page, _) = Render();
        var cells = page.Section(HtmlReport.QuadrantSection).Descendants(ReportPage.Svg + "g")
            .Where(g => g.Attribute("data-quadrant") != null)
            .ToDictionary(g => (string)g.Attribute("data-quadrant")!, g => ReportPage.Int(g, "data-value"));

        Assert.Equal(4, cells.Count);
        Assert.Equal(model.Quadrants.Maximise, cells["Maximise"]);
        Assert.Equal(model.Quadrants.Develop, cells["Develop"]);
        Assert.Equal(model.Quadrants.Minimise, cells["Minimise"]);
        Assert.Equal(model.Quadrants.Eject, cells["Eject"]);
    }

    [Fact]
    public void Summary_tiles_total_slips_surges_and_tasks_and_show_the_last_period()
    {
        var (_, page, _) = Render();

        Assert.Equal(4, page.Tile("accounts"));
        Assert.Equal(1, page.Tile("slips"));
        Assert.Equal(1, page.Tile("surges"));
        Assert.Equal(2, page.Tile("below-peak"));
        Assert.Equal(3, page.Tile("tasks"));
    }

    [Fact]
    public void Page_is_self_contained_with_no_script_stylesheet_or_image_fetched()
    {
        var (_, page, html) = Render();

        var elements = page.Document.Descendants().ToArray();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "image" or "use");
        Assert.DoesNotContain(elements, e => e.Attributes().Any(a => a.Name.LocalName is "src" or "href"));
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
        Assert.Single(page.Document.Descendants("style"));
    }

    [Fact]
    public void Names_with_markup_characters_are_escaped_not_interpreted()
    {
        var (_, page, _) = Render();

        Assert.Equal("Simulated book & <co>", page.Document.Descendants("h1").Single().Value);
        Assert.Equal("Simulated book & <co>", page.Document.Descendants("title").First().Value);
    }

    [Fact]
    public void An_empty_run_still_renders_every_section()
    {
        var empty = new TierReportBuilder(SampleReports.Policy, "t", "s", "review", new[] { "2024-03-31" }).Build();

        var (_, page, _) = Render(empty);

        Assert.Equal(SectionIds, page.Sections().Select(s => (string?)s.Attribute("id")));
        Assert.Equal(0, page.Tile("accounts"));
        Assert.DoesNotContain(page.Document.Descendants(ReportPage.Svg + "rect"), r => r.Attribute("data-series") != null);
    }

    private static double ChartZero(XElement section) =>
        section.Descendants(ReportPage.Svg + "line")
            .Where(l => (string?)l.Attribute("class") == "axis")
            .Select(l => double.Parse((string)l.Attribute("y1")!, System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
