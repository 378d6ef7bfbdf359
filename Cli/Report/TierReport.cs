using System.Collections.Generic;

namespace CrmTiering.Cli.Report;

/// <summary>
/// Everything the HTML report shows, filled from review results or a simulation, so the page is a
/// pure rendering of numbers that tests can compare. Below-peak accounts and quadrants are those of
/// the last period (<see cref="AsOf"/>).
/// </summary>
/// <param name="PeriodKind">What a period is, in words ("review", "quarter"), for headings.</param>
public sealed record TierReport(
    string Title,
    string Subtitle,
    string PeriodKind,
    IReadOnlyList<string> Tiers,
    IReadOnlyList<ReportPeriod> Periods,
    IReadOnlyList<BelowPeakAccount> BelowPeak,
    QuadrantCounts Quadrants,
    int ImportantUpToTier)
{
    /// <summary>The label of the last period, or empty when there is none.</summary>
    public string AsOf => Periods.Count == 0 ? string.Empty : Periods[Periods.Count - 1].Label;
}
