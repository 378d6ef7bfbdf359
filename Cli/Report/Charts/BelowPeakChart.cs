using System.Linq;
using static CrmTiering.Cli.Report.MarkupWriter;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>How many accounts sit below the best tier they ever reached (R17), per period.</summary>
public static class BelowPeakChart
{
    public const string Name = "below-peak";
    public const string Series = "Below peak";

    public static void Write(MarkupWriter writer, TierReport report)
    {
        var labels = report.Periods.Select(p => p.Label).ToArray();
        var canvas = new ChartCanvas(writer, labels.Length);
        var max = report.Periods.Count == 0 ? 0 : report.Periods.Max(p => p.BelowPeak);
        var scale = new ValueScale(max, canvas.PlotHeight);
        canvas.Begin(Name, $"Accounts below their peak tier at each of {labels.Length} periods");
        canvas.Legend(new[] { (Series, ReportPalette.BelowPeak) });
        canvas.Grid(scale, canvas.PlotBottom);
        for (var p = 0; p < report.Periods.Count; p++)
        {
            var period = report.Periods[p];
            if (period.BelowPeak == 0) continue;
            var height = scale.Length(period.BelowPeak);
            var x = canvas.BarLeft(p);
            canvas.Bar(Series, period.Label, period.BelowPeak, ReportPalette.BelowPeak, x, canvas.PlotBottom - height, canvas.BarWidth, height);
            if (canvas.BandWidth >= 28) canvas.Caption(N(period.BelowPeak), x + canvas.BarWidth / 2, canvas.PlotBottom - height - 4);
        }
        canvas.BandLabels(labels);
        canvas.End();
    }
}
