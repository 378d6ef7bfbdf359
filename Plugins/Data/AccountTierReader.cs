using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Reads an account's tier inputs and stored tier columns in one call, with named columns only.
/// Use the SYSTEM service: a user's read depth must never hide an account whose tier must move.
/// </summary>
public static class AccountTierReader
{
    /// <summary>The computed money columns, read in base currency as well (Core compares base amounts).</summary>
    private static readonly string[] ComputedMoney = { AccountColumns.EffectiveRevenue, AccountColumns.WonRevenue, AccountColumns.PaidRevenue };

    /// <summary>
    /// Every account column <see cref="TieredAccount.From"/> maps: what identifies and dates the account,
    /// the inputs (<see cref="TierInputColumns"/>, expected revenue in base currency) and every computed
    /// column (<see cref="ComputedTierColumns"/>, money also in base currency). Built from those two lists,
    /// so a column added to either is read without a third list to keep.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
        {
            AccountColumns.Name, AccountColumns.CreatedOn, AccountColumns.OverriddenCreatedOn, AccountColumns.ExchangeRate,
            AccountColumns.ClientRevenueBase, AccountColumns.Base(AccountColumns.ExpectedAnnualRevenue),
        }
        .Concat(TierInputColumns.All.Where(column => column != AccountColumns.ExpectedAnnualRevenue))
        .Concat(ComputedTierColumns.All)
        .Concat(ComputedMoney.Select(AccountColumns.Base))
        .Distinct()
        .ToArray();

    private const string ParentAlias = "parent";
    private const string CustomerAlias = "customer";

    /// <summary>
    /// The account row with its RowVersion, or null when it no longer exists (deleted before an async
    /// job ran). A query, not a Retrieve: a missing row is an empty result rather than a fault, and no
    /// path, synchronous or not, ever has to catch a fault to learn it.
    /// </summary>
    public static Entity? Retrieve(IOrganizationService systemService, Guid accountId)
    {
        var query = new QueryExpression(AccountColumns.Table) { ColumnSet = new ColumnSet(Columns.ToArray()), TopCount = 1 };
        query.Criteria.AddCondition(AccountColumns.Id, ConditionOperator.Equal, accountId);
        return systemService.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    /// <summary>
    /// The account an opportunity's revenue belongs to (R4), read in the same call that finds it:
    /// one FetchXML on the opportunity with its parent account and its customer (when an account)
    /// joined. Null when the opportunity is gone or has no account (a contact as customer).
    /// </summary>
    public static Entity? ForOpportunity(IOrganizationService systemService, Guid opportunityId)
    {
        var fetch = new StringBuilder()
            .Append("<fetch top=\"1\">")
            .Append($"<entity name=\"{OpportunityColumns.Table}\">")
            .Append($"<attribute name=\"{OpportunityColumns.ParentAccount}\" />")
            .Append($"<attribute name=\"{OpportunityColumns.Customer}\" />")
            .Append($"<filter><condition attribute=\"{OpportunityColumns.Id}\" operator=\"eq\" value=\"{FetchXmlValues.Id(opportunityId)}\" /></filter>")
            .Append(AccountLink(OpportunityColumns.ParentAccount, ParentAlias))
            .Append(AccountLink(OpportunityColumns.Customer, CustomerAlias))
            .Append("</entity></fetch>")
            .ToString();
        var opportunity = systemService.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault();
        if (opportunity is null)
        {
            return null;
        }

        var parent = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccount);
        var customer = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.Customer);
        var owner = RecordOwner.OfOpportunity(
            parent?.Id.ToString("D"),
            customer?.Id.ToString("D"),
            customer?.LogicalName == AccountColumns.Table);
        if (owner is null)
        {
            return null;
        }

        return Unalias(opportunity, parent is not null ? ParentAlias : CustomerAlias, new Guid(owner));
    }

    private static string AccountLink(string lookup, string alias)
    {
        var link = new StringBuilder($"<link-entity name=\"{AccountColumns.Table}\" from=\"{AccountColumns.Id}\" to=\"{lookup}\" link-type=\"outer\" alias=\"{alias}\">");
        link.Append($"<attribute name=\"{AccountColumns.Id}\" />");
        link.Append($"<attribute name=\"{AccountColumns.VersionNumber}\" />");
        foreach (var column in Columns)
        {
            link.Append($"<attribute name=\"{column}\" />");
        }

        return link.Append("</link-entity>").ToString();
    }

    /// <summary>The joined account's columns as a plain account row; null when the join found none (deleted).</summary>
    private static Entity? Unalias(Entity row, string alias, Guid accountId)
    {
        var prefix = alias + ".";
        if (row.GetAttributeValue<AliasedValue>(prefix + AccountColumns.Id) is null)
        {
            return null;
        }

        var account = new Entity(AccountColumns.Table, accountId);
        foreach (var attribute in row.Attributes.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (attribute.Value is AliasedValue aliased)
            {
                account[attribute.Key.Substring(prefix.Length)] = aliased.Value;
            }
        }

        // A joined row carries no RowVersion of its own: versionnumber is the same number.
        if (account.GetAttributeValue<long?>(AccountColumns.VersionNumber) is { } version)
        {
            account.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            account.Attributes.Remove(AccountColumns.VersionNumber);
        }

        return account;
    }
}
