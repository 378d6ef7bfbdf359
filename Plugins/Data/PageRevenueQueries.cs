using System;
using CrmTiering.Core.Policy;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The grouped-by-account twins of <see cref="RevenueQueries"/> and <see cref="ContactSchedule"/>'s query,
/// over a set of accounts: the same filters (R4–R6, absolute bounds, base currency) with the account ids in
/// an <c>in</c> condition and the account's lookup as the group. R4's two ownership paths are two queries
/// (parent account; no parent and the customer), so each row has exactly one group.
/// </summary>
public static class PageRevenueQueries
{
    private const int Won = 1;
    private const int Open = 0;
    private const int PaidState = 2;
    private const int CompletedActivity = 1;
    private const string UndeliveredAlias = "undelivered";

    public const string ActivityTable = "activitypointer";
    public const string ActivityId = "activityid";
    public const string Regarding = "regardingobjectid";
    public const string ActualEnd = "actualend";
    public const string LastEnded = "lastended";

    /// <summary>Won opportunities closed in (after, through] (calendar dates), by parent account or else customer.</summary>
    public static PageRevenueKind WonBy(bool parentPath, DateTime afterDate, DateTime throughDate)
    {
        var owner = parentPath ? OpportunityColumns.ParentAccount : OpportunityColumns.Customer;
        Func<System.Collections.Generic.IReadOnlyCollection<Guid>, string> filter = accounts =>
            "<filter>" +
            Ownership(parentPath, accounts) +
            $"<condition attribute=\"{OpportunityColumns.State}\" operator=\"eq\" value=\"{Won}\" />" +
            $"<condition attribute=\"{OpportunityColumns.ActualCloseDate}\" operator=\"gt\" value=\"{FetchXmlValues.Date(afterDate)}\" />" +
            $"<condition attribute=\"{OpportunityColumns.ActualCloseDate}\" operator=\"le\" value=\"{FetchXmlValues.Date(throughDate)}\" />" +
            "</filter>";
        return new PageRevenueKind(
            parentPath ? "won opportunities (parent account)" : "won opportunities (customer)",
            OpportunityColumns.Table,
            OpportunityColumns.Id,
            owner,
            queuesWhenTooLarge: true,
            filter,
            accounts =>
                "<fetch aggregate=\"true\">" +
                $"<entity name=\"{OpportunityColumns.Table}\">" +
                $"<attribute name=\"{owner}\" groupby=\"true\" alias=\"{PageRevenueKind.OwnerAlias}\" />" +
                $"<attribute name=\"{OpportunityColumns.ActualValueBase}\" aggregate=\"sum\" alias=\"{RevenueQueries.Sum}\" />" +
                $"<attribute name=\"{OpportunityColumns.ActualCloseDate}\" aggregate=\"min\" alias=\"{RevenueQueries.OldestClosed}\" />" +
                filter(accounts) +
                "</entity></fetch>");
    }

    /// <summary>Paid invoices dated in [fromUtc, toUtc) by datedelivered, else createdon (see <see cref="RevenueQueries.Paid"/>).</summary>
    public static PageRevenueKind Paid(InvoiceAmount amount, DateTime fromUtc, DateTime toUtc)
    {
        var column = amount == InvoiceAmount.Net ? InvoiceColumns.TotalAmountLessFreightBase : InvoiceColumns.TotalAmountBase;
        Func<System.Collections.Generic.IReadOnlyCollection<Guid>, string> filter = accounts =>
            "<filter>" +
            PageRevenueKind.In(InvoiceColumns.Customer, accounts) +
            $"<condition attribute=\"{InvoiceColumns.State}\" operator=\"eq\" value=\"{PaidState}\" />" +
            RevenueQueries.PaidDated(fromUtc, toUtc) +
            "</filter>";
        return new PageRevenueKind(
            "paid invoices",
            InvoiceColumns.Table,
            InvoiceColumns.Id,
            InvoiceColumns.Customer,
            queuesWhenTooLarge: true,
            filter,
            accounts =>
                "<fetch aggregate=\"true\">" +
                $"<entity name=\"{InvoiceColumns.Table}\">" +
                $"<attribute name=\"{InvoiceColumns.Customer}\" groupby=\"true\" alias=\"{PageRevenueKind.OwnerAlias}\" />" +
                $"<attribute name=\"{column}\" aggregate=\"sum\" alias=\"{RevenueQueries.Sum}\" />" +
                $"<attribute name=\"{InvoiceColumns.DateDelivered}\" aggregate=\"min\" alias=\"{RevenueQueries.OldestDelivered}\" />" +
                filter(accounts) +
                $"<link-entity name=\"{InvoiceColumns.Table}\" from=\"{InvoiceColumns.Id}\" to=\"{InvoiceColumns.Id}\" link-type=\"outer\" alias=\"{UndeliveredAlias}\">" +
                $"<attribute name=\"{InvoiceColumns.CreatedOn}\" aggregate=\"min\" alias=\"{RevenueQueries.OldestCreated}\" />" +
                $"<filter><condition attribute=\"{InvoiceColumns.DateDelivered}\" operator=\"null\" /></filter>" +
                "</link-entity>" +
                "</entity></fetch>");
    }

    /// <summary>Open opportunities closing on or before the horizon (R6, no lower bound), grouped by account and close probability.</summary>
    public static PageRevenueKind PipelineBy(bool parentPath, DateTime horizonDate) => PipelineBy(parentPath, null, horizonDate);

    /// <summary>As <see cref="PipelineBy(bool, DateTime)"/>, closing after <paramref name="afterDate"/> when given (a backfill's horizon bucket).</summary>
    public static PageRevenueKind PipelineBy(bool parentPath, DateTime? afterDate, DateTime horizonDate)
    {
        var owner = parentPath ? OpportunityColumns.ParentAccount : OpportunityColumns.Customer;
        Func<System.Collections.Generic.IReadOnlyCollection<Guid>, string> filter = accounts =>
            "<filter>" +
            Ownership(parentPath, accounts) +
            $"<condition attribute=\"{OpportunityColumns.State}\" operator=\"eq\" value=\"{Open}\" />" +
            (afterDate is { } after ? $"<condition attribute=\"{OpportunityColumns.EstimatedCloseDate}\" operator=\"on-or-after\" value=\"{FetchXmlValues.Date(after.AddDays(1))}\" />" : string.Empty) +
            $"<condition attribute=\"{OpportunityColumns.EstimatedCloseDate}\" operator=\"on-or-before\" value=\"{FetchXmlValues.Date(horizonDate)}\" />" +
            "</filter>";
        return new PageRevenueKind(
            parentPath ? "open opportunities (parent account)" : "open opportunities (customer)",
            OpportunityColumns.Table,
            OpportunityColumns.Id,
            owner,
            queuesWhenTooLarge: true,
            filter,
            accounts =>
                "<fetch aggregate=\"true\">" +
                $"<entity name=\"{OpportunityColumns.Table}\">" +
                $"<attribute name=\"{owner}\" groupby=\"true\" alias=\"{PageRevenueKind.OwnerAlias}\" />" +
                $"<attribute name=\"{OpportunityColumns.CloseProbability}\" groupby=\"true\" alias=\"{RevenueQueries.Probability}\" />" +
                $"<attribute name=\"{OpportunityColumns.EstimatedValueBase}\" aggregate=\"sum\" alias=\"{RevenueQueries.Sum}\" />" +
                filter(accounts) +
                "</entity></fetch>");
    }

    /// <summary>R17: the latest actualend of completed activities regarding each account.</summary>
    public static PageRevenueKind LastCompletedActivity()
    {
        Func<System.Collections.Generic.IReadOnlyCollection<Guid>, string> filter = accounts =>
            "<filter>" +
            PageRevenueKind.In(Regarding, accounts) +
            $"<condition attribute=\"statecode\" operator=\"eq\" value=\"{CompletedActivity}\" />" +
            $"<condition attribute=\"{ActualEnd}\" operator=\"not-null\" />" +
            "</filter>";
        return new PageRevenueKind(
            "completed activities",
            ActivityTable,
            ActivityId,
            Regarding,
            queuesWhenTooLarge: false,
            filter,
            accounts =>
                "<fetch aggregate=\"true\">" +
                $"<entity name=\"{ActivityTable}\">" +
                $"<attribute name=\"{Regarding}\" groupby=\"true\" alias=\"{PageRevenueKind.OwnerAlias}\" />" +
                $"<attribute name=\"{ActualEnd}\" aggregate=\"max\" alias=\"{LastEnded}\" />" +
                filter(accounts) +
                "</entity></fetch>");
    }

    /// <summary>R4: the parent account; or no parent and the customer (a contact customer never equals an account id).</summary>
    private static string Ownership(bool parentPath, System.Collections.Generic.IReadOnlyCollection<Guid> accounts) =>
        parentPath
            ? PageRevenueKind.In(OpportunityColumns.ParentAccount, accounts)
            : $"<condition attribute=\"{OpportunityColumns.ParentAccount}\" operator=\"null\" />" + PageRevenueKind.In(OpportunityColumns.Customer, accounts);
}
