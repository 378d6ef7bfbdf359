using System;
using System.Collections.Generic;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Review;

/// <summary>
/// The dates a run reviews: one <c>--as-of</c> date, or <c>from.AddMonths(k × every)</c> for
/// k = 0, 1, … while ≤ <c>--to</c> (Core's <see cref="ReviewSchedule"/>).
/// </summary>
public sealed class ReviewDates
{
    private ReviewDates(IReadOnlyList<DateTime> dates, int everyMonths)
    {
        Dates = dates;
        EveryMonths = everyMonths;
    }

    public IReadOnlyList<DateTime> Dates { get; }

    /// <summary>Months between reviews; 0 for a single <c>--as-of</c> review.</summary>
    public int EveryMonths { get; }

    public DateTime Last => Dates[Dates.Count - 1];

    public static ReviewDates Single(DateTime asOf) => new ReviewDates(new[] { asOf.Date }, 0);

    public static ReviewDates Every(DateTime from, DateTime to, int everyMonths)
    {
        return new ReviewDates(ReviewSchedule.Dates(from, to, everyMonths), everyMonths);
    }
}
