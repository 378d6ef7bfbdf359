using System;
using CrmTiering.Core.Policy;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The FetchXML aggregates behind an account's revenue (R4–R6): sums in base currency with absolute
/// bounds, plus the oldest counted date (R18) in the same query. A slice is the date range
/// (<paramref name="afterDate"/>, <paramref name="throughDate"/>] of calendar dates in the policy zone.
/// Each aggregate has a probe twin: the same filter, no aggregate, at most <see cref="ProbeRows"/> ids.
/// A probe that comes back short proves the aggregate stays under the 50 000-row cap, so a path inside
/// a transaction (where a failed call ends the transaction) never has to meet the cap to learn of it.
/// </summary>
public static class RevenueQueries
{
    /// <summary>The most rows one query page returns (FetchXML <c>top</c> allows no more): the probe's exact range.</summary>
    public const int ProbeRows = 5000;

    public const string Sum = "total";
    public const string OldestClosed = "oldestclosed";
    public const string OldestDelivered = "oldestdelivered";
    public const string OldestCreated = "oldestcreated";
    public const string Probability = "probability";

    /// <summary>The self-joined invoice that exists only when it has no delivery date (see <see cref="Paid"/>).</summary>
    private const string UndeliveredAlias = "undelivered";

    private const int Won = 1;
    private const int Open = 0;
    private const int PaidState = 2;

    /// <summary>Σ actualvalue_base and the oldest actualclosedate of won opportunities closed in the slice (a DateOnly column).</summary>
    public static string WonRevenue(Guid accountId, DateTime afterDate, DateTime throughDate) =>
        "<fetch aggregate=\"true\">" +
        $"<entity name=\"{OpportunityColumns.Table}\">" +
        $"<attribute name=\"{OpportunityColumns.ActualValueBase}\" aggregate=\"sum\" alias=\"{Sum}\" />" +
        $"<attribute name=\"{OpportunityColumns.ActualCloseDate}\" aggregate=\"min\" alias=\"{OldestClosed}\" />" +
        WonFilter(accountId, afterDate, throughDate) +
        "</entity></fetch>";

    /// <summary>The rows <see cref="WonRevenue"/> would aggregate, up to <see cref="ProbeRows"/>.</summary>
    public static string WonProbe(Guid accountId, DateTime afterDate, DateTime throughDate) =>
        Probe(OpportunityColumns.Table, OpportunityColumns.Id, WonFilter(accountId, afterDate, throughDate));

    private static string WonFilter(Guid accountId, DateTime afterDate, DateTime throughDate) =>
        "<filter>" +
        OpportunityOf(accountId) +
        $"<condition attribute=\"{OpportunityColumns.State}\" operator=\"eq\" value=\"{Won}\" />" +
        $"<condition attribute=\"{OpportunityColumns.ActualCloseDate}\" operator=\"gt\" value=\"{FetchXmlValues.Date(afterDate)}\" />" +
        $"<condition attribute=\"{OpportunityColumns.ActualCloseDate}\" operator=\"le\" value=\"{FetchXmlValues.Date(throughDate)}\" />" +
        "</filter>";

    /// <summary>
    /// Σ invoice amount of paid invoices dated in the slice: by datedelivered, else createdon (both
    /// UserLocal, so the bounds are the UTC instants the zone's days begin). The oldest counted date
    /// is min(datedelivered) or the oldest createdon of the undelivered ones; an outer self-join that
    /// matches only undelivered invoices gives the latter in the same query.
    /// </summary>
    public static string Paid(Guid accountId, InvoiceAmount amount, DateTime fromUtc, DateTime toUtc)
    {
        var column = amount == InvoiceAmount.Net ? InvoiceColumns.TotalAmountLessFreightBase : InvoiceColumns.TotalAmountBase;
        return "<fetch aggregate=\"true\">" +
            $"<entity name=\"{InvoiceColumns.Table}\">" +
            $"<attribute name=\"{column}\" aggregate=\"sum\" alias=\"{Sum}\" />" +
            $"<attribute name=\"{InvoiceColumns.DateDelivered}\" aggregate=\"min\" alias=\"{OldestDelivered}\" />" +
            PaidFilter(accountId, fromUtc, toUtc) +
            $"<link-entity name=\"{InvoiceColumns.Table}\" from=\"{InvoiceColumns.Id}\" to=\"{InvoiceColumns.Id}\" link-type=\"outer\" alias=\"{UndeliveredAlias}\">" +
            $"<attribute name=\"{InvoiceColumns.CreatedOn}\" aggregate=\"min\" alias=\"{OldestCreated}\" />" +
            $"<filter><condition attribute=\"{InvoiceColumns.DateDelivered}\" operator=\"null\" /></filter>" +
            "</link-entity>" +
            "</entity></fetch>";
    }

    /// <summary>The rows <see cref="Paid"/> would aggregate, up to <see cref="ProbeRows"/> (the self-join is one to one, so it adds none).</summary>
    public static string PaidProbe(Guid accountId, DateTime fromUtc, DateTime toUtc) =>
        Probe(InvoiceColumns.Table, InvoiceColumns.Id, PaidFilter(accountId, fromUtc, toUtc));

    private static string PaidFilter(Guid accountId, DateTime fromUtc, DateTime toUtc) =>
        "<filter>" +
        $"<condition attribute=\"{InvoiceColumns.Customer}\" operator=\"eq\" value=\"{FetchXmlValues.Id(accountId)}\" />" +
        $"<condition attribute=\"{InvoiceColumns.State}\" operator=\"eq\" value=\"{PaidState}\" />" +
        PaidDated(fromUtc, toUtc) +
        "</filter>";

    /// <summary>
    /// R5's dating of a paid invoice, the one rule the per-account and the page queries share: delivered in
    /// [from, to), or not delivered and created in it.
    /// </summary>
    internal static string PaidDated(DateTime fromUtc, DateTime toUtc)
    {
        var from = FetchXmlValues.Instant(fromUtc);
        var to = FetchXmlValues.Instant(toUtc);
        return "<filter type=\"or\">" +
            "<filter>" +
            $"<condition attribute=\"{InvoiceColumns.DateDelivered}\" operator=\"ge\" value=\"{from}\" />" +
            $"<condition attribute=\"{InvoiceColumns.DateDelivered}\" operator=\"lt\" value=\"{to}\" />" +
            "</filter>" +
            "<filter>" +
            $"<condition attribute=\"{InvoiceColumns.DateDelivered}\" operator=\"null\" />" +
            $"<condition attribute=\"{InvoiceColumns.CreatedOn}\" operator=\"ge\" value=\"{from}\" />" +
            $"<condition attribute=\"{InvoiceColumns.CreatedOn}\" operator=\"lt\" value=\"{to}\" />" +
            "</filter>" +
            "</filter>";
    }

    /// <summary>
    /// Σ estimatedvalue_base of open opportunities closing on or before the horizon (no lower bound,
    /// R6), grouped by closeprobability: Core multiplies.
    /// </summary>
    public static string OpenPipeline(Guid accountId, DateTime horizonDate) =>
        "<fetch aggregate=\"true\">" +
        $"<entity name=\"{OpportunityColumns.Table}\">" +
        $"<attribute name=\"{OpportunityColumns.CloseProbability}\" groupby=\"true\" alias=\"{Probability}\" />" +
        $"<attribute name=\"{OpportunityColumns.EstimatedValueBase}\" aggregate=\"sum\" alias=\"{Sum}\" />" +
        PipelineFilter(accountId, horizonDate) +
        "</entity></fetch>";

    /// <summary>The rows <see cref="OpenPipeline"/> would aggregate, up to <see cref="ProbeRows"/>.</summary>
    public static string PipelineProbe(Guid accountId, DateTime horizonDate) =>
        Probe(OpportunityColumns.Table, OpportunityColumns.Id, PipelineFilter(accountId, horizonDate));

    private static string PipelineFilter(Guid accountId, DateTime horizonDate) =>
        "<filter>" +
        OpportunityOf(accountId) +
        $"<condition attribute=\"{OpportunityColumns.State}\" operator=\"eq\" value=\"{Open}\" />" +
        $"<condition attribute=\"{OpportunityColumns.EstimatedCloseDate}\" operator=\"on-or-before\" value=\"{FetchXmlValues.Date(horizonDate)}\" />" +
        "</filter>";

    private static string Probe(string table, string idColumn, string filter) =>
        $"<fetch top=\"{FetchXmlValues.Number(ProbeRows)}\">" +
        $"<entity name=\"{table}\">" +
        $"<attribute name=\"{idColumn}\" />" +
        filter +
        "</entity></fetch>";

    /// <summary>R4: the parent account, else the customer when there is no parent (a contact customer never equals an account id).</summary>
    private static string OpportunityOf(Guid accountId)
    {
        var id = FetchXmlValues.Id(accountId);
        return "<filter type=\"or\">" +
            $"<condition attribute=\"{OpportunityColumns.ParentAccount}\" operator=\"eq\" value=\"{id}\" />" +
            "<filter>" +
            $"<condition attribute=\"{OpportunityColumns.ParentAccount}\" operator=\"null\" />" +
            $"<condition attribute=\"{OpportunityColumns.Customer}\" operator=\"eq\" value=\"{id}\" />" +
            "</filter>" +
            "</filter>";
    }
}
