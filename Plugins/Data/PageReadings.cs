using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The revenue and last completed activity of a whole page of accounts at one as-of, from grouped-by-account
/// aggregates (<see cref="PageAggregates"/>): won by parent account, won by customer, paid, the open pipeline by
/// either path when pipelineWeight &gt; 0, and the completed activities. Each account's facts are built exactly
/// as <see cref="AccountRevenueReader"/> builds them from its own queries (sums add, the older date wins,
/// pipeline buckets per close probability). An account too large for a revenue kind is listed in
/// <see cref="TooLarge"/> (the caller queues it); one with too many activities gets its own non-aggregate query.
/// </summary>
public sealed class PageReadings : IAccountReadings
{
    private readonly IOrganizationService _systemService;
    private readonly EvaluationWindow _window;
    private readonly Dictionary<Guid, RevenueFacts> _revenue;
    private readonly Dictionary<Guid, DateTime?> _lastActivity;
    private readonly HashSet<Guid> _activityTooLarge;

    private PageReadings(IOrganizationService systemService, EvaluationWindow window, Dictionary<Guid, RevenueFacts> revenue, Dictionary<Guid, DateTime?> lastActivity, HashSet<Guid> activityTooLarge, IReadOnlyDictionary<Guid, string> tooLarge)
    {
        _systemService = systemService;
        _window = window;
        _revenue = revenue;
        _lastActivity = lastActivity;
        _activityTooLarge = activityTooLarge;
        TooLarge = tooLarge;
    }

    /// <summary>Accounts whose revenue cannot be summed inside the transaction, with the reason (for the queue row).</summary>
    public IReadOnlyDictionary<Guid, string> TooLarge { get; }

    public static PageReadings Read(IOrganizationService systemService, TierPolicy policy, EvaluationWindow window, IReadOnlyCollection<Guid> accounts, bool keepsContactDue, Action<string> trace)
    {
        var zone = window.Zone;
        var tooLarge = new Dictionary<Guid, string>();
        var won = new Dictionary<Guid, RevenueSliceTotals>();
        var paid = new Dictionary<Guid, RevenueSliceTotals>();
        var pipeline = new Dictionary<Guid, Dictionary<int, decimal?>>();
        var pipelineNull = new Dictionary<Guid, decimal?>();

        foreach (var parentPath in new[] { true, false })
        {
            foreach (var row in Aggregate(systemService, PageRevenueQueries.WonBy(parentPath, window.Start, window.AsOfDate), accounts, tooLarge, trace))
            {
                // actualclosedate is DateOnly: its value is the calendar date itself.
                Add(won, row, new RevenueSliceTotals(PageAggregates.Amount(row, RevenueQueries.Sum), (PageAggregates.Aliased(row, RevenueQueries.OldestClosed) as DateTime?)?.Date));
            }
        }

        foreach (var row in Aggregate(systemService, PageRevenueQueries.Paid(policy.InvoiceAmount, window.UserLocalFromUtc, window.UserLocalToUtc), accounts, tooLarge, trace))
        {
            var delivered = PageAggregates.Aliased(row, RevenueQueries.OldestDelivered) is DateTime d ? zone.DateOf(d) : (DateTime?)null;
            var created = PageAggregates.Aliased(row, RevenueQueries.OldestCreated) is DateTime c ? zone.DateOf(c) : (DateTime?)null;
            Add(paid, row, new RevenueSliceTotals(PageAggregates.Amount(row, RevenueQueries.Sum), RevenueSliceTotals.Older(delivered, created)));
        }

        if (policy.PipelineWeight > 0m)
        {
            foreach (var parentPath in new[] { true, false })
            {
                foreach (var row in Aggregate(systemService, PageRevenueQueries.PipelineBy(parentPath, window.PipelineHorizon), accounts, tooLarge, trace))
                {
                    AddPipeline(pipeline, row);
                }
            }
        }

        var revenue = new Dictionary<Guid, RevenueFacts>();
        foreach (var account in accounts)
        {
            var w = won.TryGetValue(account, out var wonTotals) ? wonTotals : new RevenueSliceTotals(null, null);
            var p = paid.TryGetValue(account, out var paidTotals) ? paidTotals : new RevenueSliceTotals(null, null);
            var buckets = policy.PipelineWeight > 0m
                ? (pipeline.TryGetValue(account, out var byProbability) ? byProbability.Select(b => new PipelineBucket(b.Key < 0 ? null : b.Key, b.Value)).ToList() : new List<PipelineBucket>())
                : null;
            revenue[account] = RevenueFacts.FromAggregates(w.Sum, p.Sum, buckets, RevenueSliceTotals.Older(w.OldestDate, p.OldestDate));
        }

        var lastActivity = new Dictionary<Guid, DateTime?>();
        var activityTooLarge = new HashSet<Guid>();
        if (keepsContactDue)
        {
            var kind = PageRevenueQueries.LastCompletedActivity();
            var result = PageAggregates.Run(systemService, kind, accounts, trace);
            foreach (var row in result.Rows)
            {
                if (PageAggregates.Owner(row) is Guid owner)
                {
                    lastActivity[owner] = PageAggregates.Aliased(row, PageRevenueQueries.LastEnded) as DateTime?;
                }
            }

            activityTooLarge.UnionWith(result.TooLarge);
        }

        return new PageReadings(systemService, window, revenue, lastActivity, activityTooLarge, tooLarge);
    }

    public RevenueFacts Revenue(EvaluationWindow window, Guid accountId)
    {
        if (window.AsOfUtc != _window.AsOfUtc || !_revenue.TryGetValue(accountId, out var facts))
        {
            throw new InvalidOperationException($"The page's revenue was read at {_window.AsOfUtc:o} for other accounts; account {accountId} at {window.AsOfUtc:o} is not among them.");
        }

        return facts;
    }

    /// <summary>From the page's aggregate; an account with too many activities to aggregate gets its own (non-aggregate) query.</summary>
    public DateTime? LastCompletedActivity(Guid accountId) =>
        _activityTooLarge.Contains(accountId) ? ContactSchedule.LastCompletedActivity(_systemService, accountId)
        : _lastActivity.TryGetValue(accountId, out var last) ? last
        : null;

    private static IReadOnlyList<Entity> Aggregate(IOrganizationService systemService, PageRevenueKind kind, IReadOnlyCollection<Guid> accounts, Dictionary<Guid, string> tooLarge, Action<string> trace)
    {
        var result = PageAggregates.Run(systemService, kind, accounts, trace);
        foreach (var account in result.TooLarge)
        {
            if (!tooLarge.ContainsKey(account))
            {
                tooLarge[account] = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, TooLargeForTransactionException.MessageFormat, account, kind.What, RevenueQueries.ProbeRows);
            }
        }

        return result.Rows;
    }

    private static void Add(Dictionary<Guid, RevenueSliceTotals> totals, Entity row, RevenueSliceTotals slice)
    {
        if (PageAggregates.Owner(row) is Guid owner)
        {
            totals[owner] = totals.TryGetValue(owner, out var earlier) ? earlier.Plus(slice) : slice;
        }
    }

    /// <summary>One bucket per close probability (null kept apart as −1), both ownership paths summed, as one account's own query groups them.</summary>
    private static void AddPipeline(Dictionary<Guid, Dictionary<int, decimal?>> pipeline, Entity row)
    {
        if (PageAggregates.Owner(row) is not Guid owner)
        {
            return;
        }

        if (!pipeline.TryGetValue(owner, out var buckets))
        {
            buckets = new Dictionary<int, decimal?>();
            pipeline[owner] = buckets;
        }

        var probability = PageAggregates.Aliased(row, RevenueQueries.Probability) as int? ?? -1;
        var amount = PageAggregates.Amount(row, RevenueQueries.Sum);
        buckets[probability] = buckets.TryGetValue(probability, out var earlier)
            ? (earlier is null && amount is null ? null : (earlier ?? 0m) + (amount ?? 0m))
            : amount;
    }
}
