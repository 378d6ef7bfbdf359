using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// What one sweep to completion cost, from the emulator's call log: every service call the plug-ins
/// made (the Custom API's plug-in, the steps its writes set off and the asynchronous jobs drained after
/// each page — the queued accounts' recalculations among them), the client's own calls excluded.
/// </summary>
public sealed record SweepCost
{
    public required string Mode { get; init; }

    public required SweepPath Path { get; init; }

    /// <summary>Accounts the sweep went through (the sum of the pages' Processed).</summary>
    public int Accounts { get; init; }

    /// <summary>Custom API calls the client made (one a page).</summary>
    public int Pages { get; init; }

    /// <summary>Service calls made by plug-ins, asynchronous jobs included.</summary>
    public int Calls { get; init; }

    /// <summary>The Create, Update and Delete calls among <see cref="Calls"/>.</summary>
    public int Writes { get; init; }

    /// <summary>The calls among <see cref="Calls"/> made by asynchronous jobs (queued accounts, asynchronous steps).</summary>
    public int AsyncCalls { get; init; }

    /// <summary>Accounts the pages handed to the asynchronous recalculation (the sum of Queued and Failed).</summary>
    public int Queued { get; init; }

    /// <summary>Calls that failed with a fault (the aggregate cap met outside a transaction and answered by slicing).</summary>
    public int Faults { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>The calls by who made them and what they were ("RecalculateTiers RetrieveMultiple" → n), to show where the cost lies.</summary>
    public IReadOnlyDictionary<string, int> ByOrigin { get; init; } = new Dictionary<string, int>();

    public double CallsPerAccount => Accounts == 0 ? 0 : (Calls - Writes) / (double)Accounts;

    /// <summary>The benchmark's line: <c>sweep &lt;mode&gt;: accounts A, pages P, calls C, writes W, calls per account (excluding writes) X</c>.</summary>
    public string Line() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1}: accounts {2}, pages {3}, calls {4}, writes {5}, calls per account (excluding writes) {6:0.000}",
        Path == SweepPath.Page ? "sweep" : "per-account", Mode, Accounts, Pages, Calls, Writes, CallsPerAccount);

    /// <summary>What the line's calls include, and how long the sweep took.</summary>
    public string Detail() => string.Format(
        CultureInfo.InvariantCulture,
        "    of which asynchronous {0} ({1} accounts queued), faults {2}; {3:0.0} s",
        AsyncCalls, Queued, Faults, Elapsed.TotalSeconds)
        + Environment.NewLine + "    by origin: " + string.Join(", ", ByOrigin.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}"));
}
