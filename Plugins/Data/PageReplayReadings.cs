using System;
using System.Collections.Generic;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// A Backfill page's revenue at each replayed date. The quarter ends come from the page's date buckets
/// (<see cref="PageBucketReadings"/>, read once, when the first account's replay asks), every window built by
/// Core from whole buckets; any other date (the final "now", an account whose stored as-of is later) from the
/// page's grouped aggregates at that as-of (<see cref="PageReadings"/>, read once per as-of). An account a probe
/// finds too large raises <see cref="TooLargeForTransactionException"/>: the call queues it, as the per-account
/// path does.
/// </summary>
public sealed class PageReplayReadings : IAccountReadings
{
    private readonly IOrganizationService _systemService;
    private readonly TierPolicy _policy;
    private readonly IReadOnlyCollection<Guid> _accounts;
    private readonly WindowBuckets _buckets;
    private readonly Action<string> _trace;
    private readonly Dictionary<DateTime, PageReadings> _byAsOf = new();
    private PageBucketReadings? _bucketReadings;

    /// <param name="replayDates">The quarter ends every account of the page may replay (its own list leaves out dates before its creation).</param>
    public PageReplayReadings(IOrganizationService systemService, TierPolicy policy, IReadOnlyCollection<Guid> accounts, IEnumerable<DateTime> replayDates, Action<string> trace)
    {
        _systemService = systemService;
        _policy = policy;
        _accounts = accounts;
        _buckets = WindowBuckets.For(policy.WindowMonths, replayDates);
        _trace = trace;
    }

    public RevenueFacts Revenue(EvaluationWindow window, Guid accountId)
    {
        if (window.AsOfUtc == EvaluationWindow.OnDate(_policy, window.AsOfDate).AsOfUtc && _buckets.Covers(window))
        {
            _bucketReadings ??= PageBucketReadings.Read(_systemService, _policy, _buckets, _accounts, _trace);
            ThrowIfTooLarge(_bucketReadings.TooLarge, accountId);
            return _bucketReadings.Revenue(window, accountId);
        }

        if (!_byAsOf.TryGetValue(window.AsOfUtc, out var readings))
        {
            readings = PageReadings.Read(_systemService, _policy, window, _accounts, keepsContactDue: false, _trace);
            _byAsOf[window.AsOfUtc] = readings;
        }

        ThrowIfTooLarge(readings.TooLarge, accountId);
        return readings.Revenue(window, accountId);
    }

    /// <summary>The replay reads no activity (R17's date is the sweep's).</summary>
    public DateTime? LastCompletedActivity(Guid accountId) => null;

    private static void ThrowIfTooLarge(IReadOnlyDictionary<Guid, string> tooLarge, Guid accountId)
    {
        if (tooLarge.TryGetValue(accountId, out var reason))
        {
            throw new TooLargeForTransactionException(accountId, reason);
        }
    }
}
