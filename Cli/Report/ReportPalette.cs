using System.Collections.Generic;

namespace CrmTiering.Cli.Report;

/// <summary>
/// The report's colours: one per series, distinct across charts so that a reader (and the headless
/// browser test) can tell which chart a colour belongs to. Best tiers are darkest.
/// </summary>
public static class ReportPalette
{
    public const string Promotion = "#7dcea0";
    public const string Surge = "#1e8449";
    public const string Demotion = "#f0b27a";
    public const string Slip = "#c0392b";
    public const string BelowPeak = "#7d3c98";
    public const string Maximise = "#239b56";
    public const string Develop = "#2874a6";
    public const string Minimise = "#d4ac0d";
    public const string Eject = "#cb4335";

    private static readonly string[] TierColours = { "#1b4f72", "#3498db", "#aed6f1", "#5d6d7e", "#a6acaf", "#d5d8dc" };

    /// <summary>The colour of the tier at a position (1 = best); policies with many tiers reuse the greys.</summary>
    public static string Tier(int position)
    {
        var index = position - 1;
        if (index < TierColours.Length) return TierColours[index];
        return TierColours[3 + (index - 3) % 3];
    }

    public static IReadOnlyList<string> Tiers(int count)
    {
        var colours = new string[count];
        for (var i = 0; i < count; i++) colours[i] = Tier(i + 1);
        return colours;
    }
}
