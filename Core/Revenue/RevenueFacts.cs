using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// An account's revenue inside one window, however it was obtained: from the plugins' aggregate
/// queries (<see cref="FromAggregates"/>) or record by record (<see cref="RevenueAccumulator"/>).
/// Amounts are base currency and unrounded.
/// </summary>
public sealed class RevenueFacts
{
    private RevenueFacts(decimal won, decimal paid, IReadOnlyList<PipelineBucket> pipeline, DateTime? oldestCountedDate)
    {
        Won = won;
        Paid = paid;
        Pipeline = pipeline;
        OldestCountedDate = oldestCountedDate;
        WeightedPipeline = pipeline.Sum(bucket => bucket.Weighted);
    }

    private RevenueFacts(decimal won, decimal paid, decimal weightedPipeline, DateTime? oldestCountedDate)
    {
        Won = won;
        Paid = paid;
        Pipeline = Array.Empty<PipelineBucket>();
        OldestCountedDate = oldestCountedDate;
        WeightedPipeline = weightedPipeline;
    }

    public static RevenueFacts None { get; } = new RevenueFacts(0m, 0m, Array.Empty<PipelineBucket>(), null);

    /// <summary>Σ <c>actualvalue_base</c> of Won opportunities closed in the window.</summary>
    public decimal Won { get; }

    /// <summary>Σ invoice amount of Paid invoices dated in the window.</summary>
    public decimal Paid { get; }

    /// <summary>The open pipeline by close probability; empty when the facts come from totals (<see cref="FromTotals"/>).</summary>
    public IReadOnlyList<PipelineBucket> Pipeline { get; }

    /// <summary>Σ estimated value × probability / 100 over <see cref="Pipeline"/>, before the policy's weight.</summary>
    public decimal WeightedPipeline { get; }

    /// <summary>The oldest date of a counted won or paid record: when it leaves the window the tier may change (R18).</summary>
    public DateTime? OldestCountedDate { get; }

    /// <summary>Facts from totals kept per account (<see cref="RevenueLedger"/>): the pipeline already weighted, no buckets.</summary>
    public static RevenueFacts FromTotals(decimal won, decimal paid, decimal weightedPipeline, DateTime? oldestCountedDate) =>
        new RevenueFacts(won, paid, weightedPipeline, oldestCountedDate?.Date);

    /// <summary>
    /// Facts from aggregate queries: won and paid sums (null = no rows = 0), the open pipeline grouped
    /// by close probability, and the oldest counted record date (null when nothing counted).
    /// </summary>
    public static RevenueFacts FromAggregates(decimal? won, decimal? paid, IEnumerable<PipelineBucket>? pipeline, DateTime? oldestCountedDate) =>
        new RevenueFacts(won ?? 0m, paid ?? 0m, pipeline?.ToArray() ?? Array.Empty<PipelineBucket>(), oldestCountedDate?.Date);
}
