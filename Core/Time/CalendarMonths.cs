using System;

namespace CrmTiering.Core.Time;

/// <summary>Month arithmetic with .NET's AddMonths clamping (31 Mar − 1 month = 28/29 Feb).</summary>
public static class CalendarMonths
{
    /// <summary>
    /// The first date D′ whose window start AddMonths(D′, −months) is on or after
    /// <paramref name="date"/>: the day a record dated <paramref name="date"/> stops counting, or
    /// an account created then stops being young (R18). AddMonths clamps, so it is not simply
    /// date + months (29 Feb 2024 + 12 months leaves the window on 1 Mar 2025).
    /// </summary>
    public static DateTime FirstDateWindowStartReaches(DateTime date, int months)
    {
        var target = date.Date;
        var candidate = target.AddMonths(months);
        while (candidate.AddMonths(-months) < target)
        {
            candidate = candidate.AddDays(1);
        }

        while (candidate.AddDays(-1).AddMonths(-months) >= target)
        {
            candidate = candidate.AddDays(-1);
        }

        return candidate;
    }

    /// <summary>Whole calendar days from <paramref name="from"/> to <paramref name="to"/> (dates only).</summary>
    public static int DaysBetween(DateTime from, DateTime to) => (int)(to.Date - from.Date).TotalDays;
}
