using System;
using System.Collections.Generic;
using static CrmTiering.Cli.Report.MarkupWriter;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>
/// The frame every bar chart of the report shares: an SVG of fixed view box with a legend row on
/// top, a plot area, horizontal grid lines with count labels on the left, and one band per period
/// along the bottom. Charts draw their bars inside <see cref="PlotLeft"/>…<see cref="PlotBottom"/>.
/// </summary>
public sealed class ChartCanvas
{
    public const double Width = 920;
    public const double Height = 320;
    private const double MarginLeft = 52;
    private const double MarginRight = 16;
    private const double MarginTop = 40;
    private const double MarginBottom = 48;

    /// <summary>Roughly the width one x label needs at the report's font size (10 characters).</summary>
    private const double LabelWidth = 72;

    private readonly MarkupWriter _w;
    private readonly int _bands;

    public ChartCanvas(MarkupWriter writer, int bands)
    {
        _w = writer;
        _bands = Math.Max(1, bands);
    }

    public double PlotLeft => MarginLeft;

    public double PlotTop => MarginTop;

    public double PlotBottom => Height - MarginBottom;

    public double PlotWidth => Width - MarginLeft - MarginRight;

    public double PlotHeight => PlotBottom - PlotTop;

    public double BandWidth => PlotWidth / _bands;

    /// <summary>Bars take 70 % of their band, at most 64 px, centred.</summary>
    public double BarWidth => Math.Min(64, BandWidth * 0.7);

    public double BarLeft(int band) => PlotLeft + band * BandWidth + (BandWidth - BarWidth) / 2;

    public MarkupWriter Writer => _w;

    public void Begin(string chart, string description)
    {
        _w.Start("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "chart"),
            ("data-chart", chart),
            ("viewBox", $"0 0 {N(Width)} {N(Height)}"),
            ("width", N(Width)),
            ("height", N(Height)),
            ("role", "img"),
            ("aria-label", description));
        _w.Element("title", description);
    }

    public void End()
    {
        _w.End();
    }

    /// <summary>Grid lines and count labels for a scale drawn upwards from <paramref name="zeroY"/>.</summary>
    public void Grid(ValueScale scale, double zeroY, int sign = 1)
    {
        foreach (var tick in scale.Ticks())
        {
            if (tick == 0 && sign < 0) continue;
            var y = zeroY - sign * scale.Length(tick);
            _w.Empty("line", ("class", tick == 0 ? "axis" : "grid"), ("x1", N(PlotLeft)), ("x2", N(PlotLeft + PlotWidth)), ("y1", N(y)), ("y2", N(y)));
            _w.Element("text", N(tick), ("class", "tick"), ("x", N(PlotLeft - 6)), ("y", N(y + 4)), ("text-anchor", "end"));
        }
    }

    /// <summary>Period labels under the bands, thinned so they never overlap (the last is always shown).</summary>
    public void BandLabels(IReadOnlyList<string> labels)
    {
        var every = Math.Max(1, (int)Math.Ceiling(LabelWidth / BandWidth));
        for (var i = 0; i < labels.Count; i++)
        {
            var isLast = i == labels.Count - 1;
            if (i % every != 0 && !isLast) continue;
            if (isLast && i % every != 0 && i % every < every / 2.0) continue;
            var x = PlotLeft + (i + 0.5) * BandWidth;
            _w.Element("text", labels[i], ("class", "band"), ("x", N(x)), ("y", N(PlotBottom + 18)), ("text-anchor", "middle"));
        }
    }

    /// <summary>A row of colour swatches and names above the plot.</summary>
    public void Legend(IReadOnlyList<(string Name, string Colour)> items)
    {
        var x = PlotLeft;
        foreach (var (name, colour) in items)
        {
            _w.Empty("rect", ("class", "swatch"), ("x", N(x)), ("y", "12"), ("width", "12"), ("height", "12"), ("rx", "2"), ("fill", colour));
            _w.Element("text", name, ("class", "legend"), ("x", N(x + 18)), ("y", "22"));
            x += 36 + name.Length * 7.5;
        }
    }

    /// <summary>One bar segment with its numbers as data attributes and a hover title.</summary>
    public void Bar(string series, string period, int value, string colour, double x, double y, double width, double height)
    {
        _w.Start("rect",
            ("class", "bar"),
            ("data-series", series),
            ("data-period", period),
            ("data-value", N(value)),
            ("x", N(x)),
            ("y", N(y)),
            ("width", N(width)),
            ("height", N(Math.Max(height, 0))),
            ("fill", colour));
        _w.Element("title", $"{period} · {series}: {N(value)}");
        _w.End();
    }

    /// <summary>A small count label (e.g. a bar's total) centred at x.</summary>
    public void Caption(string text, double x, double y)
    {
        _w.Element("text", text, ("class", "caption"), ("x", N(x)), ("y", N(y)), ("text-anchor", "middle"));
    }
}
