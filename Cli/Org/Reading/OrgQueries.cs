using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Org.Reading;

/// <summary>
/// The queries behind <c>--org</c>: only the columns the row readers use, base-currency money
/// (<c>_base</c>, as the CSV inputs expect), and server-side filters that drop only rows Core would
/// ignore anyway — inactive accounts (the sweep skips them too), lost opportunities, unpaid invoices
/// (RevenueAccumulator counts won and open opportunities and paid invoices only).
/// Accounts and users are read with OData, opportunities and invoices with FetchXML.
/// </summary>
public static class OrgQueries
{
    public const int Active = 0;

    public static IReadOnlyList<OrgColumn> AccountColumns { get; } = new[]
    {
        OrgColumn.Plain(Input.AccountColumns.AccountId),
        OrgColumn.Plain(Input.AccountColumns.Name),
        OrgColumn.Plain(Input.AccountColumns.CreatedOn),
        OrgColumn.Plain(Input.AccountColumns.OverriddenCreatedOn),
        OrgColumn.Lookup(Input.AccountColumns.OwnerId),
        OrgColumn.BaseMoney(Input.AccountColumns.Revenue, "revenue"),
        OrgColumn.BaseMoney(Input.AccountColumns.ExpectedAnnualRevenue, Input.AccountColumns.ExpectedAnnualRevenue),
    }
        .Concat(ValueFactorNames.All.Select(factor => OrgColumn.Plain(ValueFactorNames.Column(factor))))
        .Concat(new[]
        {
            OrgColumn.Plain(Input.AccountColumns.EffortToManage),
            OrgColumn.Plain(Input.AccountColumns.TierOverride),
            OrgColumn.Plain(Input.AccountColumns.TierOverrideUntil),
            OrgColumn.Plain(Input.AccountColumns.TierOverrideReason),
        })
        .ToArray();

    public static IReadOnlyList<OrgColumn> OpportunityColumns { get; } = new[]
    {
        OrgColumn.Plain("opportunityid"),
        OrgColumn.Lookup(Input.OpportunityColumns.ParentAccountId),
        OrgColumn.Lookup(Input.OpportunityColumns.CustomerId),
        OrgColumn.Plain(Input.OpportunityColumns.StateCode),
        OrgColumn.Plain(Input.OpportunityColumns.ActualValue),
        OrgColumn.Plain(Input.OpportunityColumns.ActualCloseDate),
        OrgColumn.Plain(Input.OpportunityColumns.EstimatedValue),
        OrgColumn.Plain(Input.OpportunityColumns.CloseProbability),
        OrgColumn.Plain(Input.OpportunityColumns.EstimatedCloseDate),
    };

    public static IReadOnlyList<OrgColumn> InvoiceColumns { get; } = new[]
    {
        OrgColumn.Plain("invoiceid"),
        OrgColumn.Lookup(Input.InvoiceColumns.CustomerId),
        OrgColumn.Plain(Input.InvoiceColumns.StateCode),
        OrgColumn.Plain(Input.InvoiceColumns.TotalAmount),
        OrgColumn.Plain(Input.InvoiceColumns.TotalAmountLessFreight),
        OrgColumn.Plain(Input.InvoiceColumns.DateDelivered),
        OrgColumn.Plain(Input.InvoiceColumns.CreatedOn),
    };

    public static IReadOnlyList<OrgColumn> UserColumns { get; } = new[]
    {
        OrgColumn.Plain(Input.UserColumns.SystemUserId),
        OrgColumn.Plain(Input.UserColumns.FullName),
        OrgColumn.Lookup(Input.UserColumns.ParentSystemUserId),
        OrgColumn.Plain(Input.UserColumns.IsDisabled),
    };

    /// <summary>Active accounts in id order (the order of the review output).</summary>
    public static string Accounts =>
        "accounts?$select=" + Select(AccountColumns) + "&$filter=statecode eq " + Active + "&$orderby=accountid";

    /// <summary>Every user: disabled ones matter to the owner ladder (R14).</summary>
    public static string Users => "systemusers?$select=" + Select(UserColumns) + "&$orderby=systemuserid";

    /// <summary>Open (0) and won (1) opportunities; lost ones add nothing.</summary>
    public static XElement Opportunities => Fetch("opportunity", OpportunityColumns, "opportunityid",
        new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "in"),
            new XElement("value", "0"), new XElement("value", "1")));

    /// <summary>Paid (2) invoices; others add nothing.</summary>
    public static XElement Invoices => Fetch("invoice", InvoiceColumns, "invoiceid",
        new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "eq"), new XAttribute("value", "2")));

    private static string Select(IEnumerable<OrgColumn> columns) => string.Join(",", columns.Select(c => c.Property));

    private static XElement Fetch(string table, IEnumerable<OrgColumn> columns, string orderBy, XElement condition) =>
        new("fetch",
            new XElement("entity", new XAttribute("name", table),
                columns.Select(c => new XElement("attribute", new XAttribute("name", c.Attribute))),
                new XElement("order", new XAttribute("attribute", orderBy)),
                new XElement("filter", condition)));
}
