using System;
using System.Collections.Generic;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// A Backfill page's revenue at each replayed date: the page's grouped aggregates (<see cref="PageReadings"/>)
/// read once per window, when the first account's replay asks for it, and shared by every account of the
/// page (quarter-end windows are the same for all). An account a probe finds too large at any window raises
/// <see cref="TooLargeForTransactionException"/>: the call queues it, as the per-account path does.
/// </summary>
public sealed class PageReplayReadings : IAccountReadings
{
    private readonly IOrganizationService _systemService;
    private readonly TierPolicy _policy;
    private readonly IReadOnlyCollection<Guid> _accounts;
    private readonly Action<string> _trace;
    private readonly Dictionary<DateTime, PageReadings> _byAsOf = new();

    public PageReplayReadings(IOrganizationService systemService, TierPolicy policy, IReadOnlyCollection<Guid> accounts, Action<string> trace)
    {
        _systemService = systemService;
        _policy = policy;
        _accounts = accounts;
        _trace = trace;
    }

    public RevenueFacts Revenue(EvaluationWindow window, Guid accountId)
    {
        if (!_byAsOf.TryGetValue(window.AsOfUtc, out var readings))
        {
            readings = PageReadings.Read(_systemService, _policy, window, _accounts, keepsContactDue: false, _trace);
            _byAsOf[window.AsOfUtc] = readings;
        }

        if (readings.TooLarge.TryGetValue(accountId, out var reason))
        {
            throw new TooLargeForTransactionException(accountId, reason);
        }

        return readings.Revenue(window, accountId);
    }

    /// <summary>The replay reads no activity (R17's date is the sweep's).</summary>
    public DateTime? LastCompletedActivity(Guid accountId) => null;
}
