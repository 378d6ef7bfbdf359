using CrmTiering.Cli.Input;
using CrmTiering.Cli.Org.Http;
using CrmTiering.Cli.Org.Paging;

namespace CrmTiering.Cli.Org.Reading;

/// <summary>The accounts, opportunities, invoices and users of a live org, read page by page when a reader asks.</summary>
public sealed class OrgTieringSource : ITieringSource
{
    private readonly WebApiClient _client;

    public OrgTieringSource(WebApiClient client)
    {
        _client = client;
    }

    public string AccountsLabel => Label("accounts");

    public IInputTable OpenAccounts() => new OrgTable(AccountsLabel, OrgQueries.AccountColumns, ODataPages.Rows(_client, OrgQueries.Accounts));

    public IInputTable OpenOpportunities() =>
        new OrgTable(Label("opportunities"), OrgQueries.OpportunityColumns, FetchXmlPages.Rows(_client, "opportunities", OrgQueries.Opportunities));

    public IInputTable? OpenInvoices() =>
        new OrgTable(Label("invoices"), OrgQueries.InvoiceColumns, FetchXmlPages.Rows(_client, "invoices", OrgQueries.Invoices));

    public IInputTable? OpenUsers() => new OrgTable(Label("systemusers"), OrgQueries.UserColumns, ODataPages.Rows(_client, OrgQueries.Users));

    private string Label(string entitySet) => _client.Org + " " + entitySet;
}
