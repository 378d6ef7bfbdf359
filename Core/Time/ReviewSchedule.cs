using System;
using System.Collections.Generic;

namespace CrmTiering.Core.Time;

/// <summary>The dates at which accounts are reviewed or replayed.</summary>
public static class ReviewSchedule
{
    /// <summary>
    /// from.AddMonths(k × every) for k = 0, 1, … while ≤ <paramref name="to"/> (inclusive). Always
    /// counted from <paramref name="from"/>, so 31 Jan every 1 month gives 31 Jan, 29 Feb, 31 Mar.
    /// </summary>
    public static IReadOnlyList<DateTime> Dates(DateTime from, DateTime to, int everyMonths)
    {
        if (everyMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(everyMonths), everyMonths, "Reviews must be at least one month apart.");
        }

        var dates = new List<DateTime>();
        for (var k = 0; ; k++)
        {
            var date = from.Date.AddMonths(k * everyMonths);
            if (date > to.Date)
            {
                return dates;
            }

            dates.Add(date);
        }
    }

    /// <summary>Calendar quarter ends (31 Mar, 30 Jun, 30 Sep, 31 Dec) from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IReadOnlyList<DateTime> QuarterEnds(DateTime from, DateTime to)
    {
        var dates = new List<DateTime>();
        var quarterStartMonth = ((from.Month - 1) / 3 * 3) + 1;
        var end = new DateTime(from.Year, quarterStartMonth, 1).AddMonths(3).AddDays(-1);
        for (; end <= to.Date; end = end.AddDays(1).AddMonths(3).AddDays(-1))
        {
            if (end >= from.Date)
            {
                dates.Add(end);
            }
        }

        return dates;
    }

    /// <summary>
    /// The next review date after <paramref name="date"/>: the first day of the next review period,
    /// periods starting on 1 January and every <paramref name="everyMonths"/> months (quarterly:
    /// 1 Jan, 1 Apr, 1 Jul, 1 Oct).
    /// </summary>
    public static DateTime NextReviewAfter(DateTime date, int everyMonths)
    {
        var monthIndex = (date.Month - 1) / everyMonths * everyMonths;
        var next = new DateTime(date.Year, 1, 1).AddMonths(monthIndex + everyMonths);
        return next.Year > date.Year ? new DateTime(date.Year + 1, 1, 1) : next;
    }
}
