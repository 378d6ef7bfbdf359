namespace CrmTiering.Cli.Org.Sweep;

/// <summary>What a sweep did so far, summed over its pages.</summary>
public sealed class SweepTotals
{
    public int Pages { get; private set; }

    public long Processed { get; private set; }

    public long Changed { get; private set; }

    public long Queued { get; private set; }

    public long Failed { get; private set; }

    public void Add(SweepPage page)
    {
        Pages++;
        Processed += page.Processed;
        Changed += page.Changed;
        Queued += page.Queued;
        Failed += page.Failed;
    }

    public string Detail() => $"changed {Changed:N0}, queued {Queued:N0}, failed {Failed:N0}";
}
