using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// How an interleaved drain picks which waiting job makes its next call. Each drain starts the
/// schedule afresh, so one schedule gives the same choices in every organisation set up alike.
/// The waiting calls are listed in the jobs' submission order.
/// </summary>
public sealed class Interleaving
{
    private readonly Func<Func<IReadOnlyList<WaitingCall>, WaitingCall>> _start;

    private Interleaving(Func<Func<IReadOnlyList<WaitingCall>, WaitingCall>> start)
    {
        _start = start;
    }

    /// <summary>A repeatable random schedule: the same seed and jobs give the same interleaving.</summary>
    public static Interleaving Seeded(int seed) => new(() =>
    {
        var random = new Random(seed);
        return waiting => waiting[random.Next(waiting.Count)];
    });

    /// <summary>
    /// Every job reads until its next call is a write before any write goes through (the earliest
    /// submitted job first, for reads and for writes): the classic lost-update race.
    /// </summary>
    public static Interleaving ReadsBeforeWrites { get; } = new(() => waiting => waiting.FirstOrDefault(c => !c.IsWrite) ?? waiting[0]);

    /// <summary>One call each in turn, by submission order.</summary>
    public static Interleaving RoundRobin { get; } = new(() =>
    {
        long last = -1;
        return waiting =>
        {
            var next = waiting.FirstOrDefault(c => c.Job.Sequence > last) ?? waiting[0];
            last = next.Job.Sequence;
            return next;
        };
    });

    /// <summary>The test chooses; it must return one of the waiting calls.</summary>
    public static Interleaving Custom(Func<IReadOnlyList<WaitingCall>, WaitingCall> choose)
    {
        if (choose is null)
        {
            throw new ArgumentNullException(nameof(choose));
        }

        return new(() => choose);
    }

    internal Func<IReadOnlyList<WaitingCall>, WaitingCall> Start() => _start();
}
