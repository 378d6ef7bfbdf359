using System;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// One async job run on its own thread as a coroutine: it runs only between <see cref="Advance"/>
/// and its next pause (before a service call) or its end, so exactly one job runs at a time and
/// the store needs no locks. Semaphores hand control back and forth (they also publish memory).
/// </summary>
internal sealed class JobCoroutine
{
    private readonly SemaphoreSlim _resume = new(0, 1);
    private readonly SemaphoreSlim _paused = new(0, 1);
    private readonly Thread _thread;
    private bool _cancelled;
    private Exception? _crash;

    public JobCoroutine(AsyncJob job)
    {
        Job = job;
        _thread = new Thread(Body) { IsBackground = true, Name = "async job #" + job.Sequence };
    }

    public AsyncJob Job { get; }

    /// <summary>The call the job is paused before (null before it starts and after it ends).</summary>
    public OrganizationRequest? NextCall { get; private set; }

    /// <summary>How many calls the job has been let through.</summary>
    public int CallsMade { get; private set; }

    public bool Finished { get; private set; }

    public bool IsCurrentThread => Environment.CurrentManagedThreadId == _thread.ManagedThreadId;

    public void Start() => _thread.Start();

    /// <summary>From the scheduler: let the job run until it pauses before its next call or ends.</summary>
    public void Advance()
    {
        if (NextCall is not null)
        {
            CallsMade++;
        }

        _resume.Release();
        _paused.Wait();
    }

    /// <summary>From the job's thread: wait here until the scheduler lets this call through.</summary>
    public void PauseBefore(OrganizationRequest request)
    {
        NextCall = request;
        _paused.Release();
        _resume.Wait();
        NextCall = null;
        if (_cancelled)
        {
            throw new OperationCanceledException("The interleaved drain was abandoned before this job's call.");
        }
    }

    /// <summary>Runs the job to its end, failing every further call (after the schedule itself failed).</summary>
    public void Cancel()
    {
        _cancelled = true;
        while (!Finished)
        {
            Advance();
        }
    }

    /// <summary>Waits for the thread and rethrows what escaped the job (the job records its own failures).</summary>
    public void Join()
    {
        _thread.Join();
        _resume.Dispose();
        _paused.Dispose();
        if (_crash is not null)
        {
            throw new InvalidOperationException($"Async job #{Job.Sequence} crashed outside its body.", _crash);
        }
    }

    private void Body()
    {
        _resume.Wait();
        try
        {
            if (!_cancelled)
            {
                Job.Run();
            }
        }
        catch (Exception exception)
        {
            _crash = exception;
        }
        finally
        {
            NextCall = null;
            Finished = true;
            _paused.Release();
        }
    }
}
