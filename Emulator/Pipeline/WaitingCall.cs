using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>A job paused before one of its own service calls, waiting for the schedule to let it through.</summary>
public sealed class WaitingCall
{
    internal WaitingCall(AsyncJob job, OrganizationRequest request, int callNumber)
    {
        Job = job;
        Request = request;
        CallNumber = callNumber;
    }

    public AsyncJob Job { get; }

    /// <summary>The request the job is about to make (read it, do not change it).</summary>
    public OrganizationRequest Request { get; }

    public string MessageName => Request.RequestName ?? string.Empty;

    /// <summary>1 for the job's first call, 2 for its second, …</summary>
    public int CallNumber { get; }

    /// <summary>
    /// Anything but a read (Retrieve, RetrieveMultiple, WhoAmI) counts as a write: Create, Update,
    /// Delete and every other message, which may write.
    /// </summary>
    public bool IsWrite => MessageName is not ("Retrieve" or "RetrieveMultiple" or "WhoAmI");

    public override string ToString() => $"#{Job.Sequence} call {CallNumber}: {MessageName}";
}
