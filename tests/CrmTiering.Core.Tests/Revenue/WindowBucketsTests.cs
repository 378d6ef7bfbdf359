using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Tests.Properties;
using CrmTiering.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CrmTiering.Core.Tests.Revenue;

public class WindowBucketsTests
{
    private static TierPolicy PolicyOf(int windowMonths) => Given.Policy("\"windowMonths\":12", $"\"windowMonths\":{windowMonths}");

    [Fact]
    public void Twelve_month_windows_at_quarter_ends_are_unions_of_whole_quarters()
    {
        var policy = PolicyOf(12);
        var ends = ReviewSchedule.QuarterEnds(Given.Date(2023, 1, 1), Given.Date(2025, 12, 31));
        var buckets = WindowBuckets.For(12, ends);

        // 12 replayed quarters and the 3 quarters before the first one's window: 15 quarter buckets.
        Assert.Equal(15, buckets.RevenueBucketCount);
        Assert.All(buckets.Edges, edge => Assert.Equal(edge, new DateTime(edge.Year, edge.Month, 1).AddMonths(1).AddDays(-1)));
        Assert.All(buckets.Edges, edge => Assert.Equal(0, edge.Month % 3));
        foreach (var end in ends)
        {
            Assert.Equal(4, buckets.RevenueBucketsOf(EvaluationWindow.OnDate(policy, end)).Count);
        }
    }

    [Fact]
    public void A_start_the_month_clamp_puts_inside_a_month_is_one_more_edge()
    {
        // 30 Jun − 3 months = 30 Mar (.NET's AddMonths): the window (30 Mar, 30 Jun] holds 31 Mar.
        var policy = PolicyOf(3);
        var buckets = WindowBuckets.For(3, new[] { Given.Date(2024, 3, 31), Given.Date(2024, 6, 30) });

        Assert.Equal(new[] { Given.Date(2023, 12, 31), Given.Date(2024, 3, 30), Given.Date(2024, 3, 31), Given.Date(2024, 6, 30) }, buckets.Edges);
        Assert.Equal(new[] { 0, 1 }, buckets.RevenueBucketsOf(EvaluationWindow.OnDate(policy, Given.Date(2024, 3, 31))));
        Assert.Equal(new[] { 1, 2 }, buckets.RevenueBucketsOf(EvaluationWindow.OnDate(policy, Given.Date(2024, 6, 30))));
        Assert.Equal(new DateBucket(Given.Date(2024, 3, 30), Given.Date(2024, 3, 31)), buckets.RevenueBucket(1));
    }

    [Fact]
    public void A_window_the_buckets_were_not_made_for_is_refused()
    {
        var buckets = WindowBuckets.For(12, new[] { Given.Date(2024, 3, 31) });
        var other = EvaluationWindow.OnDate(PolicyOf(12), Given.Date(2024, 5, 15));

        Assert.False(buckets.Covers(other));
        Assert.Throws<InvalidOperationException>(() => buckets.RevenueBucketsOf(other));
    }

    [Fact]
    public void Bucket_totals_add_sums_and_keep_the_oldest_date()
    {
        var a = new BucketTotals(10m, null, Given.Date(2024, 2, 1));
        var b = new BucketTotals(-3m, 5m, Given.Date(2023, 11, 5));

        Assert.Equal(new BucketTotals(7m, 5m, Given.Date(2023, 11, 5)), a.Plus(b));
        Assert.Equal(new BucketTotals(10m, null, Given.Date(2024, 2, 1)), a.Plus(BucketTotals.None));
        Assert.Equal(BucketTotals.None, BucketTotals.None.Plus(BucketTotals.None));
    }

    [Fact]
    public void The_pipeline_through_a_horizon_is_the_buckets_up_to_it()
    {
        var policy = PolicyOf(12);
        var buckets = WindowBuckets.For(12, new[] { Given.Date(2024, 3, 31), Given.Date(2024, 6, 30) });
        var perBucket = new[]
        {
            new[] { new PipelineBucket(50, 100m), new PipelineBucket(null, 7m) },
            new[] { new PipelineBucket(50, 20m) },
        };

        var facts = buckets.Facts(EvaluationWindow.OnDate(policy, Given.Date(2024, 6, 30)), _ => null, j => perBucket[j]);

        Assert.Equal(new DateBucket(null, Given.Date(2025, 3, 31)), buckets.PipelineBucket(0));
        Assert.Equal(60m, facts.WeightedPipeline);
        Assert.Contains(new PipelineBucket(null, 7m), facts.Pipeline);
        Assert.Equal(0m, facts.Won);
        Assert.Null(facts.OldestCountedDate);
    }

    /// <summary>Any window length, any run of quarter ends: the buckets give what counting each record in each window gives.</summary>
    [Fact]
    public void Windows_built_from_buckets_equal_windows_counted_record_by_record()
    {
        var origin = Given.Date(2020, 1, 1);
        var record = from day in Gen.Choose(0, 2500)
                     from cents in Gen.Choose(-50000, 500000)
                     from won in Gen.Elements(true, false)
                     select (Date: origin.AddDays(day), Amount: cents / 100m, Won: won);
        var openRow = from day in Gen.Choose(0, 3000)
                      from value in Gen.Choose(0, 1000)
                      from probability in Gen.Elements<int?>(null, 0, 10, 50, 100)
                      select (Close: origin.AddDays(day), Value: (decimal)value, Probability: probability);
        var scenario = from windowMonths in Gen.Choose(1, 30)
                       from firstQuarter in Gen.Choose(0, 8)
                       from quarters in Gen.Choose(1, 14)
                       from records in Gen.ListOf(record)
                       from open in Gen.ListOf(openRow)
                       select (WindowMonths: windowMonths, FirstQuarter: firstQuarter, Quarters: quarters, Records: records.ToList(), Open: open.ToList());

        PropertyCheck.ForAll(scenario, s =>
        {
            var policy = PolicyOf(s.WindowMonths);
            var from = origin.AddMonths(3 * s.FirstQuarter);
            var ends = ReviewSchedule.QuarterEnds(from, from.AddMonths(3 * s.Quarters).AddDays(-1));
            var buckets = WindowBuckets.For(s.WindowMonths, ends);
            var records = s.Records;
            var open = s.Open;

            BucketTotals? RevenueBucket(int k)
            {
                var range = buckets.RevenueBucket(k);
                var inside = records.Where(r => r.Date > range.After && r.Date <= range.Through).ToList();
                return inside.Count == 0 ? null : new BucketTotals(
                    BucketTotals.Add(inside.Where(r => r.Won).Select(r => (decimal?)r.Amount)),
                    BucketTotals.Add(inside.Where(r => !r.Won).Select(r => (decimal?)r.Amount)),
                    inside.Min(r => r.Date));
            }

            IEnumerable<PipelineBucket> PipelineBucketAt(int j)
            {
                var range = buckets.PipelineBucket(j);
                return open.Where(p => (range.After is null || p.Close > range.After) && p.Close <= range.Through)
                    .GroupBy(p => p.Probability)
                    .Select(g => new PipelineBucket(g.Key, g.Sum(p => p.Value)))
                    .ToList();
            }

            return ends.All(end =>
            {
                var window = EvaluationWindow.OnDate(policy, end);
                var facts = buckets.Facts(window, RevenueBucket, PipelineBucketAt);
                var counted = records.Where(r => window.Contains(r.Date)).ToList();
                var expectedPipeline = open.Where(p => window.IsWithinPipelineHorizon(p.Close)).Sum(p => p.Value * (p.Probability ?? 0) / 100m);
                return facts.Won == counted.Where(r => r.Won).Sum(r => r.Amount)
                    && facts.Paid == counted.Where(r => !r.Won).Sum(r => r.Amount)
                    && facts.OldestCountedDate == (counted.Count == 0 ? (DateTime?)null : counted.Min(r => r.Date))
                    && facts.WeightedPipeline == expectedPipeline;
            });
        });
    }
}
