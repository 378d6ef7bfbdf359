using System;
using System.Diagnostics;

namespace CrmTiering.Plugins.CustomApi;

/// <summary>
/// How long one call of the sweep may keep taking accounts. Callers time out near 100–120 s, a synchronous
/// plug-in is stopped at 2 minutes, and the call's transaction locks every account it wrote against users'
/// saves until it ends; so after <see cref="DefaultLimit"/> the call finishes the account in hand and returns
/// MoreRecords with a cookie at the last finished account. Production time is a <see cref="Stopwatch"/>
/// started with the call; a test gives its own elapsed-time source, so the stop is deterministic.
/// </summary>
public sealed class SweepBudget
{
    /// <summary>45 s: half the shortest caller timeout, leaving the platform's own work inside the 2-minute limit.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(45);

    private readonly Func<TimeSpan> _elapsed;

    public SweepBudget(TimeSpan limit, Func<TimeSpan> elapsed)
    {
        Limit = limit;
        _elapsed = elapsed ?? throw new ArgumentNullException(nameof(elapsed));
    }

    public TimeSpan Limit { get; }

    public TimeSpan Elapsed => _elapsed();

    /// <summary>True once the work has used the budget: take no further account.</summary>
    public bool IsSpent => Elapsed >= Limit;

    /// <summary>A budget of <paramref name="limit"/> measured from now by a stopwatch.</summary>
    public static SweepBudget StartNow(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        return new SweepBudget(limit, () => watch.Elapsed);
    }
}
