using System;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Time;

/// <summary>
/// The revenue window of one evaluation (R1, R2, R6): D = the as-of date in the policy time zone;
/// a record counts iff <see cref="Start"/> &lt; its date ≤ D; open pipeline counts up to
/// <see cref="PipelineHorizon"/>. Also gives the absolute UTC bounds adapters put in queries.
/// </summary>
public sealed class EvaluationWindow
{
    private EvaluationWindow(DateTime asOfUtc, DateTime asOfDate, int windowMonths, PolicyTimeZone zone)
    {
        AsOfUtc = asOfUtc;
        AsOfDate = asOfDate;
        WindowMonths = windowMonths;
        Zone = zone;
        Start = asOfDate.AddMonths(-windowMonths);
        PipelineHorizon = asOfDate.AddMonths(windowMonths);
    }

    /// <summary>The as-of instant (UTC): what due dates and "calculated on" use.</summary>
    public DateTime AsOfUtc { get; }

    /// <summary>D: the as-of calendar date in the policy time zone.</summary>
    public DateTime AsOfDate { get; }

    /// <summary>D minus the window's months, day clamped to the month's end; exclusive.</summary>
    public DateTime Start { get; }

    /// <summary>AddMonths(D, windowMonths): open opportunities closing on or before it count (no lower bound).</summary>
    public DateTime PipelineHorizon { get; }

    public int WindowMonths { get; }

    public PolicyTimeZone Zone { get; }

    /// <summary>
    /// First instant (inclusive, UTC) of a UserLocal column (<c>datedelivered</c>, <c>createdon</c>)
    /// inside the window: the start, in the policy zone, of the day after <see cref="Start"/>.
    /// </summary>
    public DateTime UserLocalFromUtc => Zone.StartOfDayUtc(Start.AddDays(1));

    /// <summary>Instant (exclusive, UTC) where UserLocal values leave the window: the start of D + 1 in the zone.</summary>
    public DateTime UserLocalToUtc => Zone.StartOfDayUtc(AsOfDate.AddDays(1));

    /// <summary>The window at an instant (a plugin's as-of, R2).</summary>
    public static EvaluationWindow At(TierPolicy policy, DateTime asOfUtc)
    {
        var utc = DateTime.SpecifyKind(asOfUtc.Kind == DateTimeKind.Local ? asOfUtc.ToUniversalTime() : asOfUtc, DateTimeKind.Utc);
        return new EvaluationWindow(utc, policy.TimeZone.DateOf(utc), policy.WindowMonths, policy.TimeZone);
    }

    /// <summary>The window on a calendar date (the CLI's as-of); its instant is the start of that day in the zone.</summary>
    public static EvaluationWindow OnDate(TierPolicy policy, DateTime asOfDate)
    {
        var date = DateTime.SpecifyKind(asOfDate.Date, DateTimeKind.Unspecified);
        return new EvaluationWindow(policy.TimeZone.StartOfDayUtc(date), date, policy.WindowMonths, policy.TimeZone);
    }

    /// <summary>R1: Start &lt; date ≤ D, comparing calendar dates.</summary>
    public bool Contains(DateTime date) => date.Date > Start && date.Date <= AsOfDate;

    /// <summary>R6: estimated close date on or before the horizon.</summary>
    public bool IsWithinPipelineHorizon(DateTime estimatedCloseDate) => estimatedCloseDate.Date <= PipelineHorizon;

    /// <summary>The calendar date, in the policy zone, of a UTC instant from a UserLocal column.</summary>
    public DateTime DateOf(DateTime instantUtc) => Zone.DateOf(instantUtc);
}
