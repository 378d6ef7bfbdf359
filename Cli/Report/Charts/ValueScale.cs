using System;
using System.Collections.Generic;

namespace CrmTiering.Cli.Report.Charts;

/// <summary>
/// A linear count axis from 0 to a "nice" maximum (1, 2 or 5 × 10^k per tick, about five ticks),
/// mapped onto a pixel span. Counts are whole, so a tick step is never below 1.
/// </summary>
public sealed class ValueScale
{
    private readonly double _pixels;

    public ValueScale(int maxValue, double pixels, int targetTicks = 5)
    {
        _pixels = pixels;
        var raw = Math.Max(1, maxValue) / (double)targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = magnitude;
        foreach (var factor in new[] { 1d, 2d, 5d, 10d })
        {
            step = factor * magnitude;
            if (step >= raw) break;
        }
        Step = Math.Max(1, (int)Math.Round(step));
        Max = Math.Max(Step, (int)Math.Ceiling(Math.Max(1, maxValue) / (double)Step) * Step);
    }

    public int Max { get; }

    public int Step { get; }

    public IEnumerable<int> Ticks()
    {
        for (var value = 0; value <= Max; value += Step) yield return value;
    }

    /// <summary>Pixels a value takes along the axis.</summary>
    public double Length(int value) => value * _pixels / Max;
}
