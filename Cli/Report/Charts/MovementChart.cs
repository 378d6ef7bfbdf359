using System.Linq;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>
/// Movements per period as diverging bars: promotions and surges rise above the zero line,
/// demotions and Tier 1 slips hang below it, so good and bad news read at a glance.
/// </summary>
public static class MovementChart
{
    public const string Name = "movements";
    public const string Promotions = "Promotions";
    public const string Surges = "Surges";
    public const string Demotions = "Demotions";
    public const string Slips = "Tier 1 slips";

    public static void Write(MarkupWriter writer, TierReport report)
    {
        var labels = report.Periods.Select(p => p.Label).ToArray();
        var canvas = new ChartCanvas(writer, labels.Length);
        var up = report.Periods.Count == 0 ? 0 : report.Periods.Max(p => p.Movements.Up);
        var down = report.Periods.Count == 0 ? 0 : report.Periods.Max(p => p.Movements.Down);
        // One scale for both halves so that a bar up and a bar down of the same size mean the same count.
        var scale = new ValueScale(System.Math.Max(up, down), canvas.PlotHeight / 2, targetTicks: 3);
        var zero = canvas.PlotTop + canvas.PlotHeight / 2;
        canvas.Begin(Name, $"Promotions, surges, demotions and Tier 1 slips at each of {labels.Length} periods");
        canvas.Legend(new[]
        {
            (Surges, ReportPalette.Surge),
            (Promotions, ReportPalette.Promotion),
            (Demotions, ReportPalette.Demotion),
            (Slips, ReportPalette.Slip),
        });
        canvas.Grid(scale, zero);
        canvas.Grid(scale, zero, sign: -1);
        for (var p = 0; p < report.Periods.Count; p++)
        {
            var period = report.Periods[p];
            var x = canvas.BarLeft(p);
            var top = zero;
            top = Rise(canvas, scale, Surges, period.Label, period.Movements.Surges, ReportPalette.Surge, x, top);
            Rise(canvas, scale, Promotions, period.Label, period.Movements.Promotions, ReportPalette.Promotion, x, top);
            var bottom = zero;
            bottom = Hang(canvas, scale, Slips, period.Label, period.Movements.Slips, ReportPalette.Slip, x, bottom);
            Hang(canvas, scale, Demotions, period.Label, period.Movements.Demotions, ReportPalette.Demotion, x, bottom);
        }
        canvas.BandLabels(labels);
        canvas.End();
    }

    private static double Rise(ChartCanvas canvas, ValueScale scale, string series, string period, int count, string colour, double x, double top)
    {
        if (count == 0) return top;
        var height = scale.Length(count);
        canvas.Bar(series, period, count, colour, x, top - height, canvas.BarWidth, height);
        return top - height;
    }

    private static double Hang(ChartCanvas canvas, ValueScale scale, string series, string period, int count, string colour, double x, double bottom)
    {
        if (count == 0) return bottom;
        var height = scale.Length(count);
        canvas.Bar(series, period, count, colour, x, bottom, canvas.BarWidth, height);
        return bottom + height;
    }
}
