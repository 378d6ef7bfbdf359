namespace CrmTiering.Emulator.Pipeline;

/// <summary>How a step runs; the numbers are the platform's <c>mode</c> values (IExecutionContext.Mode).</summary>
public enum ExecutionMode
{
    Synchronous = 0,

    /// <summary>Queued after commit; runs when the test drains the queue, without a transaction.</summary>
    Asynchronous = 1,
}
