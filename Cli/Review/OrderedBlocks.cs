using System;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace CrmTiering.Cli.Review;

/// <summary>
/// Blocks 0, 1, 2, … filled by long-lived workers and taken by one reader in order. A few blocks
/// are filled ahead of the reader (a ring of slots, reused once the reader has moved past them), and
/// block k is filled only after block k − <c>dependency</c> is (a replay's same accounts at the
/// previous date). One thread per worker for the whole run, not a task and a parallel loop per block:
/// with thousands of small blocks the thread pool spent more time waking and spinning than working.
/// Hand-overs take no lock unless a thread has to wait. When a fill fails, every block before it
/// is still filled and delivered, and taking the failed block throws its exception.
/// </summary>
internal sealed class OrderedBlocks<TBlock> : IDisposable
{
    private readonly object _gate = new();
    private readonly TBlock[] _slots;
    private readonly bool[] _filled;
    private readonly int _dependency;
    private readonly Action<int, TBlock> _fill;
    private readonly Task[] _workers;
    private int _claimed;
    private int _released;
    private int _waiting;
    private bool _disposed;
    private int _failedBlock = int.MaxValue;
    private ExceptionDispatchInfo? _failure;

    /// <param name="count">Blocks in all.</param>
    /// <param name="dependency">Block k waits for block k − dependency (0: no waiting).</param>
    /// <param name="workers">Threads filling blocks.</param>
    /// <param name="ahead">Slots: how many blocks may be filled before the reader takes them.</param>
    /// <param name="create">Makes a slot.</param>
    /// <param name="fill">Fills block k into a slot; runs on a worker.</param>
    public OrderedBlocks(int count, int dependency, int workers, int ahead, Func<TBlock> create, Action<int, TBlock> fill)
    {
        _filled = new bool[count];
        _dependency = dependency;
        _fill = fill;
        _slots = Enumerable.Range(0, Math.Max(ahead, 1)).Select(_ => create()).ToArray();
        // Threads of their own: they live for the whole replay, and pool threads would wait for the
        // pool to grow when the reader is itself on one.
        _workers = Enumerable.Range(0, Math.Max(workers, 1))
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
    }

    /// <summary>Block k, once filled; the reader is done with every block before it. The failure of block k's fill is thrown here.</summary>
    public TBlock Take(int k)
    {
        Volatile.Write(ref _released, k);
        Signal();
        WaitUntil(() => Volatile.Read(ref _filled[k]) || k >= Volatile.Read(ref _failedBlock));
        if (!Volatile.Read(ref _filled[k])) _failure!.Throw();
        return _slots[k % _slots.Length];
    }

    /// <summary>Stops the workers (a reader that stops early leaves nothing running behind it).</summary>
    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        Signal();
        Task.WaitAll(_workers);
    }

    private void Work()
    {
        while (true)
        {
            var k = Interlocked.Increment(ref _claimed) - 1;
            if (k >= _filled.Length) return;
            // A block after a failed one is never taken; one before it must be filled all the same.
            bool Abandoned() => Volatile.Read(ref _disposed) || k > Volatile.Read(ref _failedBlock);
            WaitUntil(() => Abandoned() || k < Volatile.Read(ref _released) + _slots.Length);
            var before = k - _dependency;
            if (_dependency > 0 && before >= 0) WaitUntil(() => Abandoned() || Volatile.Read(ref _filled[before]));
            if (Abandoned()) return;

            try
            {
                _fill(k, _slots[k % _slots.Length]);
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    if (k < _failedBlock)
                    {
                        _failure = ExceptionDispatchInfo.Capture(e);
                        Volatile.Write(ref _failedBlock, k);
                    }
                }
                Signal();
                return;
            }

            Volatile.Write(ref _filled[k], true);
            Signal();
        }
    }

    // Waiters count themselves before their last look, and signallers look at the count after their
    // write (both behind full fences), so a write is always seen by its waiter or followed by a pulse.
    private void WaitUntil(Func<bool> ready)
    {
        if (ready()) return;
        lock (_gate)
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                while (!ready()) Monitor.Wait(_gate);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }

    private void Signal()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _waiting) == 0) return;
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
