using System;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Evaluation;

/// <summary>
/// R18: the earliest date on which time alone could change the result — the oldest counted
/// record leaving the window, the young-account period ending, an override lapsing, a held
/// demotion becoming due — or else the next review.
/// </summary>
internal static class NextEvaluationDate
{
    public static DateTime Compute(
        EvaluationWindow window,
        int reviewEveryMonths,
        DateTime? oldestCountedDate,
        DateTime? youngUntilCreationDate,
        DateTime? overrideUntil,
        DateTime? heldUntil,
        DateTime? storedNextEvaluation)
    {
        var d = window.AsOfDate;
        var next = ReviewSchedule.NextReviewAfter(d, reviewEveryMonths);
        next = Earliest(next, oldestCountedDate is { } oldest ? CalendarMonths.FirstDateWindowStartReaches(oldest, window.WindowMonths) : (DateTime?)null, d);
        next = Earliest(next, youngUntilCreationDate is { } created ? CalendarMonths.FirstDateWindowStartReaches(created, window.WindowMonths) : (DateTime?)null, d);
        next = Earliest(next, overrideUntil?.Date.AddDays(1), d);
        next = Earliest(next, heldUntil, d);
        return Earliest(next, storedNextEvaluation?.Date, d);
    }

    private static DateTime Earliest(DateTime current, DateTime? candidate, DateTime asOfDate) =>
        candidate is { } date && date > asOfDate && date < current ? date : current;
}
