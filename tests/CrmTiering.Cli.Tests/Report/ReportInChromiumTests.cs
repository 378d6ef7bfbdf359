using System.IO;
using System.Text;
using CrmTiering.Cli.Report;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>The report drawn by a real browser: every chart's colours show up, in section order.</summary>
public class ReportInChromiumTests
{
    [ChromiumFact]
    public void Report_renders_its_four_charts_in_headless_chromium()
    {
        using var ws = new Workspace();
        var model = SampleReports.ThreeQuarters();
        var html = ws.PathOf("report.html");
        using (var writer = new StreamWriter(html, false, new UTF8Encoding(false))) HtmlReport.Write(writer, model);
        var png = ws.PathOf("report.png");
        Directory.CreateDirectory(ws.PathOf("profile"));

        HeadlessChromium.Screenshot(html, png, 1100, 3000, ws.PathOf("profile"));

        var image = PngImage.Read(png);
        Assert.Equal((1100, 3000), (image.Width, image.Height));
        // A legend swatch is 144 pixels; every series here has at least one bar or disc far larger.
        string[] distribution = { ReportPalette.Tier(1), ReportPalette.Tier(2), ReportPalette.Tier(3) };
        string[] movements = { ReportPalette.Surge, ReportPalette.Promotion, ReportPalette.Demotion, ReportPalette.Slip };
        string[] belowPeak = { ReportPalette.BelowPeak };
        string[] quadrants = { ReportPalette.Maximise, ReportPalette.Develop, ReportPalette.Minimise, ReportPalette.Eject };
        foreach (var colour in distribution.Concat(movements).Concat(belowPeak).Concat(quadrants))
        {
            Assert.True(image.Count(colour) > 1000, $"{colour}: {image.Count(colour)} pixels");
        }

        // Charts appear top to bottom in section order: each chart's colours lie below the previous chart's.
        var centres = new[] { distribution, movements, belowPeak, quadrants }
            .Select(colours => colours.Select(c => image.MeanRow(c)!.Value).ToArray())
            .ToArray();
        for (var i = 1; i < centres.Length; i++)
        {
            Assert.True(centres[i].Min() > centres[i - 1].Max(),
                $"chart {i} is centred at rows {string.Join(", ", centres[i].Select(r => (int)r))}, above chart {i - 1} at {string.Join(", ", centres[i - 1].Select(r => (int)r))}");
        }
    }
}
