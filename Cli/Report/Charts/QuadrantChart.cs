using System;
using System.Globalization;
using System.Linq;
using static CrmTiering.Cli.Report.MarkupWriter;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>
/// Value against effort (R15) as a 2×2 matrix: importance down the side, effort across the top.
/// Each cell shows its count and a disc whose area is proportional to it.
/// </summary>
public static class QuadrantChart
{
    public const string Name = "quadrants";
    private const double Width = 920;
    private const double Height = 360;
    private const double Left = 170;
    private const double Top = 40;
    private const double CellWidth = 360;
    private const double CellHeight = 150;
    private const double Gap = 8;
    private const double MaxRadius = 58;

    public static void Write(MarkupWriter w, TierReport report)
    {
        var q = report.Quadrants;
        var description = $"Accounts per value-against-effort quadrant at {report.AsOf}";
        w.Start("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "chart"),
            ("data-chart", Name),
            ("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            ("width", N(Width)),
            ("height", N(Height)),
            ("role", "img"),
            ("aria-label", description));
        w.Element("title", description);

        w.Element("text", "Low effort", ("class", "axis-label"), ("x", N(Left + CellWidth / 2)), ("y", "26"), ("text-anchor", "middle"));
        w.Element("text", "High effort", ("class", "axis-label"), ("x", N(Left + CellWidth * 1.5 + Gap)), ("y", "26"), ("text-anchor", "middle"));
        var important = string.Join(", ", report.Tiers.Take(Math.Max(0, report.ImportantUpToTier)));
        RowLabel(w, "Important", important, Top + CellHeight / 2);
        RowLabel(w, "Less important", "other tiers", Top + CellHeight * 1.5 + Gap);

        var max = Math.Max(1, new[] { q.Maximise, q.Develop, q.Minimise, q.Eject }.Max());
        Cell(w, "Maximise", "important, low effort", q.Maximise, q.Total, max, 0, 0, ReportPalette.Maximise, "#e9f7ef");
        Cell(w, "Develop", "important, high effort", q.Develop, q.Total, max, 1, 0, ReportPalette.Develop, "#eaf2f8");
        Cell(w, "Minimise", "less important, low effort", q.Minimise, q.Total, max, 0, 1, ReportPalette.Minimise, "#fef9e7");
        Cell(w, "Eject", "less important, high effort", q.Eject, q.Total, max, 1, 1, ReportPalette.Eject, "#fdedec");
        w.End();
    }

    private static void RowLabel(MarkupWriter w, string label, string detail, double centreY)
    {
        w.Element("text", label, ("class", "axis-label"), ("x", N(Left - 14)), ("y", N(centreY - 2)), ("text-anchor", "end"));
        w.Element("text", detail, ("class", "tick"), ("x", N(Left - 14)), ("y", N(centreY + 16)), ("text-anchor", "end"));
    }

    private static void Cell(MarkupWriter w, string name, string meaning, int count, int total, int max, int column, int row, string colour, string tint)
    {
        var x = Left + column * (CellWidth + Gap);
        var y = Top + row * (CellHeight + Gap);
        w.Start("g", ("class", "quadrant"), ("data-quadrant", name), ("data-value", N(count)));
        w.Empty("rect", ("class", "cell"), ("x", N(x)), ("y", N(y)), ("width", N(CellWidth)), ("height", N(CellHeight)), ("rx", "6"), ("fill", tint));
        var cx = x + CellWidth - MaxRadius - 24;
        var cy = y + CellHeight / 2;
        if (count > 0)
        {
            // Area, not radius, is proportional to the count; a tiny non-zero count stays visible.
            var radius = Math.Max(4, MaxRadius * Math.Sqrt(count / (double)max));
            w.Start("circle", ("class", "bar"), ("data-series", name), ("data-value", N(count)), ("cx", N(cx)), ("cy", N(cy)), ("r", N(radius)), ("fill", colour));
            w.Element("title", $"{name}: {N(count)}");
            w.End();
        }
        w.Element("text", name, ("class", "cell-name"), ("x", N(x + 18)), ("y", N(y + 34)));
        w.Element("text", meaning, ("class", "tick"), ("x", N(x + 18)), ("y", N(y + 54)));
        w.Element("text", N(count), ("class", "cell-count"), ("x", N(x + 18)), ("y", N(y + 112)));
        var share = total == 0 ? "" : (count / (double)total).ToString("0%", CultureInfo.InvariantCulture) + " of accounts";
        w.Element("text", share, ("class", "tick"), ("x", N(x + 18)), ("y", N(y + 134)));
        w.End();
    }
}
