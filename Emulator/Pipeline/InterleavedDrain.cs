using System.Collections.Generic;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>What an interleaved drain did: the calls in the order let through, and the order the jobs finished in.</summary>
public sealed class InterleavedDrain
{
    internal InterleavedDrain(IReadOnlyList<WaitingCall> calls, IReadOnlyList<AsyncJob> commitOrder, int runs)
    {
        Calls = calls;
        CommitOrder = commitOrder;
        Runs = runs;
    }

    /// <summary>Every call of the interleaved jobs, in the order the schedule let it through.</summary>
    public IReadOnlyList<WaitingCall> Calls { get; }

    /// <summary>
    /// The interleaved jobs in the order they finished (an async job commits each write as it goes,
    /// so its last write lands when it finishes). Replay serially with
    /// <c>DrainOrder.Replay(CommitOrder.Select(j =&gt; j.Sequence))</c> in an organisation set up alike.
    /// </summary>
    public IReadOnlyList<AsyncJob> CommitOrder { get; }

    /// <summary>Runs in all: the interleaved jobs plus the jobs they queued, drained afterwards in submission order.</summary>
    public int Runs { get; }
}
