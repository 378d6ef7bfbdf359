using System;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// One piece of asynchronous work (an async step or a background process run), queued after its
/// operation committed, as the platform's system job. Failures are recorded here, never thrown at
/// the test that drains the queue.
/// </summary>
public sealed class AsyncJob
{
    private readonly Action<AsyncJob> _body;

    internal AsyncJob(long sequence, string name, string messageName, string primaryEntityName, Guid primaryEntityId, DateTime queuedOn, Action<AsyncJob> body)
    {
        Sequence = sequence;
        Name = name;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        PrimaryEntityId = primaryEntityId;
        QueuedOn = queuedOn;
        _body = body;
    }

    /// <summary>Submission order (0-based, over the organisation's life).</summary>
    public long Sequence { get; }

    /// <summary>The step's or process's name.</summary>
    public string Name { get; }

    public string MessageName { get; }

    public string PrimaryEntityName { get; }

    public Guid PrimaryEntityId { get; }

    public DateTime QueuedOn { get; }

    public AsyncJobState State { get; private set; } = AsyncJobState.Waiting;

    /// <summary>How many times the job ran (2 after a duplicate delivery).</summary>
    public int Deliveries { get; private set; }

    /// <summary>The failure's message (the last delivery's), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>The failure's platform error code, or null.</summary>
    public int? ErrorCode { get; private set; }

    public override string ToString() => $"#{Sequence} {Name} {MessageName} {PrimaryEntityName} {PrimaryEntityId}: {State}";

    internal void Run()
    {
        Deliveries++;
        try
        {
            _body(this);
            State = AsyncJobState.Succeeded;
            Error = null;
            ErrorCode = null;
        }
        catch (Exception exception)
        {
            var fault = PluginFaults.From(exception, string.Empty);
            State = AsyncJobState.Failed;
            Error = fault.Detail.Message;
            ErrorCode = fault.Detail.ErrorCode;
        }
    }
}
