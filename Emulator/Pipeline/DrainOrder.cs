using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>The order in which a drain runs the waiting jobs (jobs they queue wait for the next round, in the same order).</summary>
public sealed class DrainOrder
{
    private readonly Func<IReadOnlyList<AsyncJob>, IEnumerable<AsyncJob>> _arrange;

    private DrainOrder(Func<IReadOnlyList<AsyncJob>, IEnumerable<AsyncJob>> arrange)
    {
        _arrange = arrange;
    }

    /// <summary>First queued, first run (the default).</summary>
    public static DrainOrder Submission { get; } = new(jobs => jobs);

    /// <summary>Last queued, first run.</summary>
    public static DrainOrder Reverse { get; } = new(jobs => jobs.Reverse());

    /// <summary>A repeatable random order: the same seed and jobs give the same order.</summary>
    public static DrainOrder Shuffled(int seed) => new(jobs => Shuffle(jobs, new Random(seed)));

    /// <summary>Any order the test chooses; jobs it leaves out stay queued for the next round.</summary>
    public static DrainOrder Custom(Func<IReadOnlyList<AsyncJob>, IEnumerable<AsyncJob>> arrange) =>
        new(arrange ?? throw new ArgumentNullException(nameof(arrange)));

    /// <summary>
    /// The listed jobs (by <see cref="AsyncJob.Sequence"/>) in the listed order, then any others in
    /// submission order: replays an interleaved drain's commit order serially.
    /// </summary>
    public static DrainOrder Replay(IEnumerable<long> sequences)
    {
        var order = (sequences ?? throw new ArgumentNullException(nameof(sequences))).ToList();
        return new(jobs => jobs.OrderBy(j => order.IndexOf(j.Sequence) is var i && i >= 0 ? i : order.Count).ThenBy(j => j.Sequence));
    }

    internal IReadOnlyList<AsyncJob> Arrange(IReadOnlyList<AsyncJob> jobs) => _arrange(jobs).ToList();

    private static List<AsyncJob> Shuffle(IReadOnlyList<AsyncJob> jobs, Random random)
    {
        var shuffled = jobs.ToList();
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return shuffled;
    }
}
