using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Commands;

/// <summary>Paths of the exported CSV files a run reads (invoices and users are optional).</summary>
public sealed record InputFiles(string Accounts, string Opportunities, string? Invoices, string? Users)
{
    /// <summary>Headers to read the logical columns from (<c>--map</c>), or null.</summary>
    public ColumnMap? Map { get; init; }
}
