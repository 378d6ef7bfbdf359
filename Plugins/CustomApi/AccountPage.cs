using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.CustomApi;

/// <summary>
/// One page of active accounts to recalculate, read in ONE query with every column the evaluation
/// needs, in account-id order after the cookie's id. One row more than the page is asked for, to
/// tell whether another page follows.
/// </summary>
public sealed class AccountPage
{
    /// <summary>Active (statecode 0) accounts only: inactive ones keep their last tier.</summary>
    private const int ActiveState = 0;

    private AccountPage(IReadOnlyList<Entity> accounts, bool moreRecords)
    {
        Accounts = accounts;
        MoreRecords = moreRecords;
    }

    /// <summary>The columns read per account: the evaluation's, the currency history rows are written in, and the next contact due the sweep keeps.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        AccountTierReader.Columns.Concat(new[] { AccountColumns.Currency, AccountColumns.NextContactDue }).Distinct().ToArray();

    public IReadOnlyList<Entity> Accounts { get; }

    public bool MoreRecords { get; }

    /// <param name="dueBy">Due mode: only accounts whose next evaluation is at or before this instant (UTC); null = all.</param>
    public static AccountPage Read(IOrganizationService systemService, DateTime? dueBy, Guid? after, int pageSize)
    {
        var fetch = new StringBuilder()
            .Append($"<fetch top=\"{FetchXmlValues.Number(pageSize + 1)}\">")
            .Append($"<entity name=\"{AccountColumns.Table}\">")
            .Append($"<attribute name=\"{AccountColumns.Id}\" />");
        foreach (var column in Columns)
        {
            fetch.Append($"<attribute name=\"{column}\" />");
        }

        fetch.Append("<filter>")
            .Append($"<condition attribute=\"statecode\" operator=\"eq\" value=\"{FetchXmlValues.Number(ActiveState)}\" />");
        if (dueBy is { } due)
        {
            fetch.Append($"<condition attribute=\"{AccountColumns.NextEvaluationOn}\" operator=\"le\" value=\"{FetchXmlValues.Instant(due)}\" />");
        }

        if (after is { } last)
        {
            fetch.Append($"<condition attribute=\"{AccountColumns.Id}\" operator=\"gt\" value=\"{FetchXmlValues.Id(last)}\" />");
        }

        fetch.Append("</filter>")
            .Append($"<order attribute=\"{AccountColumns.Id}\" />")
            .Append("</entity></fetch>");
        var rows = systemService.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities;
        var more = rows.Count > pageSize;
        return new AccountPage(rows.Take(pageSize).ToArray(), more);
    }
}
