using System.Collections.Generic;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.WhatIf;

/// <summary>From×to tier matrix of two policies over the same accounts, and the accounts that move.</summary>
public sealed class WhatIfResult
{
    private readonly int[,] _counts;

    internal WhatIfResult(TierPolicy current, TierPolicy proposed, int[,] counts, IReadOnlyList<TierMover> movers, int accounts)
    {
        Current = current;
        Proposed = proposed;
        _counts = counts;
        Movers = movers;
        Accounts = accounts;
    }

    public TierPolicy Current { get; }

    public TierPolicy Proposed { get; }

    /// <summary>Accounts with a different tier position under the proposed policy, in input order.</summary>
    public IReadOnlyList<TierMover> Movers { get; }

    public int Accounts { get; }

    /// <summary>How many accounts are in <paramref name="currentPosition"/> now and <paramref name="proposedPosition"/> under the proposal (1-based).</summary>
    public int Count(int currentPosition, int proposedPosition) => _counts[currentPosition - 1, proposedPosition - 1];
}
