using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// A Backfill page's revenue in Core's absolute date buckets (<see cref="WindowBuckets"/>): per kind (won by
/// parent, won by customer, paid; pipeline by either path when weighted) one probe over the whole replay span
/// proves the page's groups safe, then one grouped-by-account aggregate per bucket and group. Bucket edges are
/// calendar dates in the policy zone: DateOnly <c>actualclosedate</c> and <c>estimatedclosedate</c> compare as
/// dates, UserLocal <c>datedelivered</c>/<c>createdon</c> against the zone's starts of day converted to UTC, so
/// the buckets are exact in any zone (FetchXML <c>dategrouping</c> is not used: it follows the user's or UTC
/// time and fiscal settings). Core adds whole buckets into each window.
/// </summary>
public sealed class PageBucketReadings
{
    private readonly WindowBuckets _buckets;
    private readonly Dictionary<Guid, BucketTotals>[] _revenue;
    private readonly Dictionary<Guid, List<PipelineBucket>>[]? _pipeline;

    private PageBucketReadings(WindowBuckets buckets, Dictionary<Guid, BucketTotals>[] revenue, Dictionary<Guid, List<PipelineBucket>>[]? pipeline, IReadOnlyDictionary<Guid, string> tooLarge)
    {
        _buckets = buckets;
        _revenue = revenue;
        _pipeline = pipeline;
        TooLarge = tooLarge;
    }

    /// <summary>Accounts with too many rows of a kind over the replay span for the transaction, with the reason (for the queue row).</summary>
    public IReadOnlyDictionary<Guid, string> TooLarge { get; }

    public static PageBucketReadings Read(IOrganizationService systemService, TierPolicy policy, WindowBuckets buckets, IReadOnlyCollection<Guid> accounts, Action<string> trace)
    {
        var zone = policy.TimeZone;
        var tooLarge = new Dictionary<Guid, string>();
        var revenue = Enumerable.Range(0, buckets.RevenueBucketCount).Select(_ => new Dictionary<Guid, BucketTotals>()).ToArray();
        if (buckets.RevenueBucketCount > 0)
        {
            var spanAfter = buckets.Edges[0];
            var spanThrough = buckets.Edges[buckets.Edges.Count - 1];
            foreach (var parentPath in new[] { true, false })
            {
                ForEachBucket(systemService, PageRevenueQueries.WonBy(parentPath, spanAfter, spanThrough), buckets.RevenueBucketCount, k =>
                {
                    var bucket = buckets.RevenueBucket(k);
                    return PageRevenueQueries.WonBy(parentPath, bucket.After!.Value, bucket.Through);
                }, accounts, tooLarge, trace, (k, row) =>
                    // actualclosedate is DateOnly: its value is the calendar date itself.
                    Add(revenue[k], row, new BucketTotals(PageAggregates.Amount(row, RevenueQueries.Sum), null, (PageAggregates.Aliased(row, RevenueQueries.OldestClosed) as DateTime?)?.Date)));
            }

            ForEachBucket(systemService, Paid(policy, zone, spanAfter, spanThrough), buckets.RevenueBucketCount, k =>
            {
                var bucket = buckets.RevenueBucket(k);
                return Paid(policy, zone, bucket.After!.Value, bucket.Through);
            }, accounts, tooLarge, trace, (k, row) =>
            {
                var delivered = PageAggregates.Aliased(row, RevenueQueries.OldestDelivered) is DateTime d ? zone.DateOf(d) : (DateTime?)null;
                var created = PageAggregates.Aliased(row, RevenueQueries.OldestCreated) is DateTime c ? zone.DateOf(c) : (DateTime?)null;
                Add(revenue[k], row, new BucketTotals(null, PageAggregates.Amount(row, RevenueQueries.Sum), RevenueSliceTotals.Older(delivered, created)));
            });
        }

        Dictionary<Guid, List<PipelineBucket>>[]? pipeline = null;
        if (policy.PipelineWeight > 0m && buckets.Horizons.Count > 0)
        {
            var byHorizon = pipeline = Enumerable.Range(0, buckets.Horizons.Count).Select(_ => new Dictionary<Guid, List<PipelineBucket>>()).ToArray();
            foreach (var parentPath in new[] { true, false })
            {
                ForEachBucket(systemService, PageRevenueQueries.PipelineBy(parentPath, null, buckets.Horizons[buckets.Horizons.Count - 1]), buckets.Horizons.Count, j =>
                {
                    var bucket = buckets.PipelineBucket(j);
                    return PageRevenueQueries.PipelineBy(parentPath, bucket.After, bucket.Through);
                }, accounts, tooLarge, trace, (j, row) =>
                {
                    if (PageAggregates.Owner(row) is Guid owner)
                    {
                        if (!byHorizon[j].TryGetValue(owner, out var list))
                        {
                            list = new List<PipelineBucket>();
                            byHorizon[j][owner] = list;
                        }

                        list.Add(new PipelineBucket(PageAggregates.Aliased(row, RevenueQueries.Probability) as int?, PageAggregates.Amount(row, RevenueQueries.Sum)));
                    }
                });
            }
        }

        return new PageBucketReadings(buckets, revenue, pipeline, tooLarge);
    }

    /// <summary>True when the window is one of the replayed dates the buckets were made for.</summary>
    public bool Covers(EvaluationWindow window) => _buckets.Covers(window);

    public RevenueFacts Revenue(EvaluationWindow window, Guid accountId) => _buckets.Facts(
        window,
        k => _revenue[k].TryGetValue(accountId, out var totals) ? totals : null,
        _pipeline is null ? null : j => _pipeline[j].TryGetValue(accountId, out var list) ? list : Enumerable.Empty<PipelineBucket>());

    private static PageRevenueKind Paid(TierPolicy policy, PolicyTimeZone zone, DateTime after, DateTime through) =>
        PageRevenueQueries.Paid(policy.InvoiceAmount, zone.StartOfDayUtc(after.AddDays(1)), zone.StartOfDayUtc(through.AddDays(1)));

    /// <summary>One probe round over the span, then one aggregate per bucket for each safe group.</summary>
    private static void ForEachBucket(
        IOrganizationService systemService, PageRevenueKind span, int bucketCount, Func<int, PageRevenueKind> bucket,
        IReadOnlyCollection<Guid> accounts, Dictionary<Guid, string> tooLarge, Action<string> trace, Action<int, Entity> add)
    {
        var split = PageAggregates.Split(systemService, span, accounts, trace);
        foreach (var account in split.TooLarge)
        {
            if (!tooLarge.ContainsKey(account))
            {
                tooLarge[account] = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, TooLargeForTransactionException.MessageFormat, account, span.What, RevenueQueries.ProbeRows);
            }
        }

        if (split.Groups.Count == 0)
        {
            return;
        }

        for (var k = 0; k < bucketCount; k++)
        {
            var kind = bucket(k);
            foreach (var group in split.Groups)
            {
                foreach (var row in systemService.RetrieveMultiple(new FetchExpression(kind.Aggregate(group))).Entities)
                {
                    add(k, row);
                }
            }
        }
    }

    private static void Add(Dictionary<Guid, BucketTotals> totals, Entity row, BucketTotals bucket)
    {
        if (PageAggregates.Owner(row) is Guid owner)
        {
            totals[owner] = totals.TryGetValue(owner, out var earlier) ? earlier.Plus(bucket) : bucket;
        }
    }
}
