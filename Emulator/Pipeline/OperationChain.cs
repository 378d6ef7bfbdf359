using System;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// What every operation caused by one client request shares: the correlation id and when the
/// chain began (the depth rule only counts within its time window). Travels in
/// <see cref="CallerContext.PipelineState"/>.
/// </summary>
internal sealed class OperationChain
{
    public OperationChain(Guid correlationId, DateTime startedOn)
    {
        CorrelationId = correlationId;
        StartedOn = startedOn;
    }

    public Guid CorrelationId { get; }

    public DateTime StartedOn { get; }
}
