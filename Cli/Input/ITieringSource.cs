namespace CrmTiering.Cli.Input;

/// <summary>
/// Where a run's accounts, opportunities, invoices and users come from: the exported CSV files
/// (<see cref="Commands.InputFiles"/>) or a live org (Org/OrgTieringSource). Invoices and users are optional.
/// </summary>
public interface ITieringSource
{
    /// <summary>The accounts' name in messages ("account 'X' is not in …").</summary>
    string AccountsLabel { get; }

    IInputTable OpenAccounts();

    IInputTable OpenOpportunities();

    IInputTable? OpenInvoices();

    IInputTable? OpenUsers();
}
