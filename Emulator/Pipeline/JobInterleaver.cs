using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// Runs a round of async jobs at once, as the platform's async service may: each job is a
/// coroutine paused before every service call it makes, and the schedule picks which paused job
/// goes next. Deterministic: exactly one thread runs at a time, and every thread is joined.
/// </summary>
internal sealed class JobInterleaver
{
    private readonly InterleavingGate _gate;
    private readonly Func<IReadOnlyList<WaitingCall>, WaitingCall> _choose;
    private readonly Action<AsyncJob> _finished;
    private readonly List<WaitingCall> _calls = new();
    private readonly List<AsyncJob> _commitOrder = new();

    public JobInterleaver(InterleavingGate gate, Interleaving schedule, Action<AsyncJob> finished)
    {
        _gate = gate;
        _choose = schedule.Start();
        _finished = finished;
    }

    public IReadOnlyList<WaitingCall> Calls => _calls;

    public IReadOnlyList<AsyncJob> CommitOrder => _commitOrder;

    public void Run(IReadOnlyList<AsyncJob> jobs)
    {
        var coroutines = jobs.Select(job => new JobCoroutine(job)).ToList();
        foreach (var coroutine in coroutines)
        {
            coroutine.Start();
        }

        try
        {
            // Code before a job's first call touches nothing shared, so the jobs get there in submission order.
            foreach (var coroutine in coroutines)
            {
                Advance(coroutine);
            }

            while (true)
            {
                var waiting = coroutines.Where(c => !c.Finished).ToList();
                if (waiting.Count == 0)
                {
                    break;
                }

                var calls = waiting.Select(c => new WaitingCall(c.Job, c.NextCall!, c.CallsMade + 1)).ToList();
                var chosen = _choose(calls);
                var index = calls.IndexOf(chosen);
                if (index < 0)
                {
                    throw new InvalidOperationException("The interleaving must return one of the waiting calls it was given.");
                }

                _calls.Add(chosen);
                Advance(waiting[index]);
            }
        }
        catch
        {
            foreach (var coroutine in coroutines.Where(c => !c.Finished))
            {
                Run(coroutine, c => c.Cancel());
            }

            throw;
        }
        finally
        {
            foreach (var coroutine in coroutines)
            {
                coroutine.Join();
            }
        }
    }

    private void Advance(JobCoroutine coroutine) => Run(coroutine, c => c.Advance());

    private void Run(JobCoroutine coroutine, Action<JobCoroutine> step)
    {
        _gate.Running = coroutine;
        try
        {
            step(coroutine);
        }
        finally
        {
            _gate.Running = null;
        }

        if (coroutine.Finished && !_commitOrder.Contains(coroutine.Job))
        {
            _commitOrder.Add(coroutine.Job);
            _finished(coroutine.Job);
        }
    }
}
