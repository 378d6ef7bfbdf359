using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// One account's revenue at several as-of dates at once, so a replay (CLI <c>--every</c>) reads each
/// record once: memory grows with accounts × dates, never with records.
/// </summary>
public sealed class ReplayRevenueAccumulator
{
    private readonly RevenueAccumulator[] _accumulators;

    public ReplayRevenueAccumulator(TierPolicy policy, IEnumerable<EvaluationWindow> windows)
    {
        Windows = windows.ToArray();
        _accumulators = Windows.Select(window => new RevenueAccumulator(policy, window)).ToArray();
    }

    public IReadOnlyList<EvaluationWindow> Windows { get; }

    public void Add(OpportunityRecord opportunity)
    {
        foreach (var accumulator in _accumulators)
        {
            accumulator.Add(opportunity);
        }
    }

    public void Add(InvoiceRecord invoice)
    {
        foreach (var accumulator in _accumulators)
        {
            accumulator.Add(invoice);
        }
    }

    /// <summary>The facts of the window at <paramref name="index"/> in <see cref="Windows"/>.</summary>
    public RevenueFacts FactsAt(int index) => _accumulators[index].ToFacts();
}
