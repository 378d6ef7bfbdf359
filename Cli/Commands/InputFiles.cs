using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;

namespace CrmTiering.Cli.Commands;

/// <summary>Paths of the exported CSV files a run reads (invoices and users are optional).</summary>
public sealed record InputFiles(string Accounts, string Opportunities, string? Invoices, string? Users) : ITieringSource
{
    public string AccountsLabel => Accounts;

    public IInputTable OpenAccounts() => CsvFile.Open(Accounts);

    public IInputTable OpenOpportunities() => CsvFile.Open(Opportunities);

    public IInputTable? OpenInvoices() => Invoices is null ? null : CsvFile.Open(Invoices);

    public IInputTable? OpenUsers() => Users is null ? null : CsvFile.Open(Users);
}
