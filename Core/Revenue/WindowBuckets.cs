using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// Absolute date buckets from which the rolling windows of a replay (R1, R6) are built by adding whole
/// buckets, so a page's revenue is read once per bucket instead of once per window. Revenue buckets are
/// (Edges[k], Edges[k+1]] in calendar dates of the policy zone; the edges are every replayed date D and
/// every window start D − windowMonths. At quarter ends the starts are quarter ends too when
/// windowMonths is a multiple of 12; otherwise a start can fall inside a month (30 Jun − 3 months =
/// 30 Mar, .NET's clamp), and that start is one more edge, so the window is still an exact union of
/// buckets (here: the bucket 31 Mar alone). Pipeline buckets (R6, no lower bound) are (Horizons[j−1],
/// Horizons[j]], the first unbounded below: the pipeline at a date is the sum of the buckets through
/// its horizon.
/// </summary>
public sealed class WindowBuckets
{
    private WindowBuckets(int windowMonths, IReadOnlyList<DateTime> edges, IReadOnlyList<DateTime> horizons)
    {
        WindowMonths = windowMonths;
        Edges = edges;
        Horizons = horizons;
    }

    public int WindowMonths { get; }

    /// <summary>Sorted distinct calendar dates; revenue bucket k is (Edges[k], Edges[k+1]].</summary>
    public IReadOnlyList<DateTime> Edges { get; }

    /// <summary>Sorted distinct pipeline horizons; pipeline bucket j is (Horizons[j−1], Horizons[j]], bucket 0 unbounded below.</summary>
    public IReadOnlyList<DateTime> Horizons { get; }

    public int RevenueBucketCount => Math.Max(0, Edges.Count - 1);

    /// <summary>The buckets for windows of <paramref name="windowMonths"/> ending on each of <paramref name="asOfDates"/>.</summary>
    public static WindowBuckets For(int windowMonths, IEnumerable<DateTime> asOfDates)
    {
        if (windowMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(windowMonths), windowMonths, "A window is at least one month long.");
        }

        var dates = asOfDates.Select(date => date.Date).Distinct().ToList();
        var edges = dates.Concat(dates.Select(date => date.AddMonths(-windowMonths))).Distinct().OrderBy(date => date).ToList();
        var horizons = dates.Select(date => date.AddMonths(windowMonths)).Distinct().OrderBy(date => date).ToList();
        return new WindowBuckets(windowMonths, edges, horizons);
    }

    /// <summary>(after, through]: the calendar dates of revenue bucket <paramref name="index"/>.</summary>
    public DateBucket RevenueBucket(int index) => new DateBucket(Edges[index], Edges[index + 1]);

    /// <summary>(after, through] of pipeline bucket <paramref name="index"/>; After is null for the first.</summary>
    public DateBucket PipelineBucket(int index) => new DateBucket(index == 0 ? null : Horizons[index - 1], Horizons[index]);

    /// <summary>True when the window is one of those the buckets were made for.</summary>
    public bool Covers(EvaluationWindow window) =>
        window.WindowMonths == WindowMonths && IndexOf(Edges, window.Start) >= 0 && IndexOf(Edges, window.AsOfDate) >= 0 && IndexOf(Horizons, window.PipelineHorizon) >= 0;

    /// <summary>The revenue buckets whose union is exactly the window (Start, D].</summary>
    public IReadOnlyList<int> RevenueBucketsOf(EvaluationWindow window)
    {
        var first = Required(Edges, window.Start, window);
        var last = Required(Edges, window.AsOfDate, window);
        return Enumerable.Range(first, last - first).ToList();
    }

    /// <summary>The pipeline buckets whose union is every date on or before the window's horizon.</summary>
    public IReadOnlyList<int> PipelineBucketsOf(EvaluationWindow window) =>
        Enumerable.Range(0, Required(Horizons, window.PipelineHorizon, window) + 1).ToList();

    /// <summary>
    /// The window's facts from per-bucket totals: sums add, the oldest counted date is the oldest of the
    /// buckets' oldest dates, pipeline sums add per close probability (null probability kept apart).
    /// </summary>
    public RevenueFacts Facts(
        EvaluationWindow window,
        Func<int, BucketTotals?> revenueBucket,
        Func<int, IEnumerable<PipelineBucket>>? pipelineBucket)
    {
        var totals = RevenueBucketsOf(window).Select(revenueBucket).Where(t => t is not null).Aggregate(BucketTotals.None, (sum, t) => sum.Plus(t!));
        List<PipelineBucket>? pipeline = null;
        if (pipelineBucket is not null)
        {
            pipeline = PipelineBucketsOf(window)
                .SelectMany(pipelineBucket)
                .GroupBy(bucket => bucket.CloseProbability)
                .Select(group => new PipelineBucket(group.Key, BucketTotals.Add(group.Select(bucket => bucket.EstimatedValue))))
                .ToList();
        }

        return RevenueFacts.FromAggregates(totals.Won, totals.Paid, pipeline, totals.OldestDate);
    }

    private static int Required(IReadOnlyList<DateTime> sorted, DateTime date, EvaluationWindow window)
    {
        var index = IndexOf(sorted, date);
        if (index < 0)
        {
            throw new InvalidOperationException($"The window ending {window.AsOfDate:yyyy-MM-dd} ({window.WindowMonths} months) is not one the buckets were made for.");
        }

        return index;
    }

    private static int IndexOf(IReadOnlyList<DateTime> sorted, DateTime date)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i] == date.Date)
            {
                return i;
            }
        }

        return -1;
    }
}
