using System;

namespace CrmTiering.Plugins.CustomApi;

/// <summary>What one call of the sweep did, for its response: accounts finished, written, queued, failed, and the last one finished.</summary>
public sealed class SweepTally
{
    public int Processed { get; private set; }

    public int Changed { get; private set; }

    public int Queued { get; private set; }

    public int Failed { get; private set; }

    /// <summary>The last account finished (the cookie's id when the call stops early).</summary>
    public Guid? LastFinished { get; private set; }

    /// <summary>True when the budget stopped the call before the page's end.</summary>
    public bool StoppedEarly { get; set; }

    public void Finished(Guid account, bool wrote)
    {
        Processed++;
        Changed += wrote ? 1 : 0;
        LastFinished = account;
    }

    public void FinishedQueued(Guid account)
    {
        Queued++;
        Finished(account, wrote: false);
    }

    public void FinishedFailed(Guid account)
    {
        Failed++;
        Finished(account, wrote: false);
    }
}
