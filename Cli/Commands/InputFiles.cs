using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// Paths of the exported CSV files a run reads (invoices and users are optional), opened as input
/// tables with the <c>--map</c> headers applied — the map renames CSV headers only; an org's
/// tables are always read by their logical names.
/// </summary>
public sealed record InputFiles(string Accounts, string Opportunities, string? Invoices, string? Users) : ITieringSource
{
    /// <summary>Headers to read the logical columns from (<c>--map</c>), or null.</summary>
    public ColumnMap? Map { get; init; }

    public string AccountsLabel => Accounts;

    public IInputTable OpenAccounts() => CsvFile.Open(Accounts, Map?.For(InputColumns.Accounts));

    public IInputTable OpenOpportunities() => CsvFile.Open(Opportunities, Map?.For(InputColumns.Opportunities));

    public IInputTable? OpenInvoices() => Invoices is null ? null : CsvFile.Open(Invoices, Map?.For(InputColumns.Invoices));

    public IInputTable? OpenUsers() => Users is null ? null : CsvFile.Open(Users, Map?.For(InputColumns.Users));
}
