namespace CrmTiering.Cli.Input;

/// <summary>
/// Counts unusable opportunity and invoice rows (unknown account, unknown statecode, an amount,
/// date or probability that does not parse). Each row is counted once, whatever is wrong with it.
/// </summary>
public sealed class SkippedRows
{
    public int Opportunities { get; private set; }

    public int Invoices { get; private set; }

    public int Total => Opportunities + Invoices;

    public void SkipOpportunity() => Opportunities++;

    public void SkipInvoice() => Invoices++;

    /// <summary>Adds the counts of a part of the same run read on another thread.</summary>
    public void Absorb(SkippedRows other)
    {
        Opportunities += other.Opportunities;
        Invoices += other.Invoices;
    }

    /// <summary>The single stderr line, or null when nothing was skipped.</summary>
    public string? Warning() =>
        Total == 0 ? null : string.Format(CliMessages.SkippedRowsWarning, Total, Opportunities, Invoices);
}
