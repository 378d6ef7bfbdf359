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
/// previous date). One task per worker for the whole run, not a task and a parallel loop per block:
/// with thousands of small blocks the thread pool spent more time waking and spinning than working.
/// </summary>
internal sealed class OrderedBlocks<TBlock> : IDisposable
{
    private readonly object _gate = new();
    private readonly TBlock[] _slots;
    private readonly bool[] _filled;
    private readonly int _dependency;
    private readonly Action<int, TBlock> _fill;
    private readonly Task[] _workers;
    private int _nextToFill;
    private int _released;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;
    private int _failedBlock = int.MaxValue;

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

    /// <summary>
    /// Block k, once filled; the reader is done with every block before it. When a block's fill
    /// failed, the blocks before it still come, and taking it throws its failure.
    /// </summary>
    public TBlock Take(int k)
    {
        lock (_gate)
        {
            _released = k;
            Monitor.PulseAll(_gate);
            while (!_filled[k] && k < _failedBlock) Monitor.Wait(_gate);
            if (!_filled[k]) _failure!.Throw();
        }
        return _slots[k % _slots.Length];
    }

    /// <summary>Stops the workers (a reader that stops early leaves nothing running behind it).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
        Task.WaitAll(_workers);
    }

    private void Work()
    {
        while (true)
        {
            int k;
            lock (_gate)
            {
                while (!_stopped && _nextToFill < _filled.Length && _nextToFill >= _released + _slots.Length) Monitor.Wait(_gate);
                if (_stopped || _nextToFill >= _filled.Length) return;
                k = _nextToFill++;
                var before = k - _dependency;
                while (!_stopped && _dependency > 0 && before >= 0 && !_filled[before]) Monitor.Wait(_gate);
                if (_stopped) return;
            }

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
                        _failedBlock = k;
                    }
                    _stopped = true;
                    Monitor.PulseAll(_gate);
                }
                return;
            }

            lock (_gate)
            {
                _filled[k] = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
