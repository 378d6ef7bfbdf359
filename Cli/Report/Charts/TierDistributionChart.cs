using System.Linq;
using static CrmTiering.Cli.Report.MarkupWriter;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>
/// Accounts per tier over time: one stacked bar per period, the best tier at the bottom so the
/// segment that matters most keeps a steady baseline.
/// </summary>
public static class TierDistributionChart
{
    public const string Name = "tier-distribution";

    public static void Write(MarkupWriter writer, TierReport report)
    {
        var labels = report.Periods.Select(p => p.Label).ToArray();
        var canvas = new ChartCanvas(writer, labels.Length);
        var max = report.Periods.Count == 0 ? 0 : report.Periods.Max(p => p.Accounts);
        var scale = new ValueScale(max, canvas.PlotHeight);
        canvas.Begin(Name, $"Accounts per tier at each of {labels.Length} periods");
        canvas.Legend(report.Tiers.Select((tier, i) => (tier, ReportPalette.Tier(i + 1))).ToArray());
        canvas.Grid(scale, canvas.PlotBottom);
        for (var p = 0; p < report.Periods.Count; p++)
        {
            var period = report.Periods[p];
            var y = canvas.PlotBottom;
            for (var t = 0; t < period.TierCounts.Count; t++)
            {
                var count = period.TierCounts[t];
                if (count == 0) continue;
                var height = scale.Length(count);
                y -= height;
                canvas.Bar(report.Tiers[t], period.Label, count, ReportPalette.Tier(t + 1), canvas.BarLeft(p), y, canvas.BarWidth, height);
            }
            if (canvas.BandWidth >= 28 && period.Accounts > 0)
            {
                canvas.Caption(N(period.Accounts), canvas.BarLeft(p) + canvas.BarWidth / 2, y - 4);
            }
        }
        canvas.BandLabels(labels);
        canvas.End();
    }
}
