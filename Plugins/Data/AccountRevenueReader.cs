using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// An account's <see cref="RevenueFacts"/> in a window from aggregate queries: won (1 call), paid
/// (1 call), open pipeline (1 call, only when pipelineWeight &gt; 0). The cost does not grow with the
/// history. Outside a transaction (asynchronous steps), when a query meets the platform's 50 000-row
/// aggregate cap its slice is halved into two equal date ranges and the parts summed, recursively (so
/// 2^k slices where needed). Inside a transaction a failed call would end it, so the cap is never met
/// there: each aggregate is preceded by its probe, and an account the probe cannot prove small raises
/// <see cref="TooLargeForTransactionException"/> (one more call per aggregate).
/// </summary>
public static class AccountRevenueReader
{
    /// <summary>{0} = what was summed, {1} = the day that alone exceeds the cap.</summary>
    public const string SliceTooLargeMessage =
        "The {0} of one day ({1}) exceed the platform's 50 000-row aggregate limit; the tier cannot be calculated.";

    /// <summary>The open pipeline has no lower date bound (R6), so it cannot be sliced by date.</summary>
    public const string PipelineTooLargeMessage =
        "The account's open pipeline exceeds the platform's 50 000-row aggregate limit; set pipelineWeight to 0 or close old opportunities.";

    /// <param name="inTransaction">The caller's <c>IsInTransaction</c>: probe before aggregating instead of slicing on a fault.</param>
    public static RevenueFacts Read(IOrganizationService systemService, TierPolicy policy, EvaluationWindow window, Guid accountId, bool inTransaction, Action<string> trace)
    {
        var zone = window.Zone;
        RevenueSliceTotals won, paid;
        IReadOnlyList<PipelineBucket>? pipeline = null;
        if (inTransaction)
        {
            ProveSmall(systemService, accountId, "won opportunities", RevenueQueries.WonProbe(accountId, window.Start, window.AsOfDate));
            won = Won(systemService, accountId, window.Start, window.AsOfDate);
            ProveSmall(systemService, accountId, "paid invoices", RevenueQueries.PaidProbe(accountId, zone.StartOfDayUtc(window.Start.AddDays(1)), zone.StartOfDayUtc(window.AsOfDate.AddDays(1))));
            paid = Paid(systemService, policy, zone, accountId, window.Start, window.AsOfDate);
            if (policy.PipelineWeight > 0m)
            {
                ProveSmall(systemService, accountId, "open opportunities", RevenueQueries.PipelineProbe(accountId, window.PipelineHorizon));
                pipeline = PipelineBuckets(systemService.RetrieveMultiple(new FetchExpression(RevenueQueries.OpenPipeline(accountId, window.PipelineHorizon))));
            }
        }
        else
        {
            won = Sliced("won opportunities", window.Start, window.AsOfDate, (after, through) => Won(systemService, accountId, after, through), trace);
            paid = Sliced("paid invoices", window.Start, window.AsOfDate, (after, through) => Paid(systemService, policy, zone, accountId, after, through), trace);
            pipeline = policy.PipelineWeight > 0m ? OpenPipeline(systemService, accountId, window.PipelineHorizon) : null;
        }

        trace(string.Format(
            CultureInfo.InvariantCulture,
            "Revenue of {0} in ({1:yyyy-MM-dd}, {2:yyyy-MM-dd}]: won {3}, paid {4}, oldest counted {5:yyyy-MM-dd}, pipeline buckets {6}.",
            accountId, window.Start, window.AsOfDate, won.Sum ?? 0m, paid.Sum ?? 0m, RevenueSliceTotals.Older(won.OldestDate, paid.OldestDate),
            pipeline?.Count ?? 0));
        return RevenueFacts.FromAggregates(won.Sum, paid.Sum, pipeline, RevenueSliceTotals.Older(won.OldestDate, paid.OldestDate));
    }

    /// <summary>Throws <see cref="TooLargeForTransactionException"/> unless the probe came back short of its limit.</summary>
    private static void ProveSmall(IOrganizationService service, Guid accountId, string what, string probe)
    {
        if (service.RetrieveMultiple(new FetchExpression(probe)).Entities.Count >= RevenueQueries.ProbeRows)
        {
            throw new TooLargeForTransactionException(accountId, what, RevenueQueries.ProbeRows);
        }
    }

    /// <summary>Asynchronous steps only: no transaction to end, so the cap fault may be caught and the slice halved.</summary>
    private static RevenueSliceTotals Sliced(
        string what,
        DateTime afterDate,
        DateTime throughDate,
        Func<DateTime, DateTime, RevenueSliceTotals> query,
        Action<string> trace)
    {
        try
        {
            return query(afterDate, throughDate);
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == PlatformErrorCodes.AggregateQueryRecordLimitExceeded)
        {
            var days = (int)(throughDate - afterDate).TotalDays;
            if (days < 2)
            {
                throw new InvalidPluginExecutionException(string.Format(CultureInfo.InvariantCulture, SliceTooLargeMessage, what, FetchXmlValues.Date(throughDate)));
            }

            var middle = afterDate.AddDays(days / 2);
            trace(string.Format(
                CultureInfo.InvariantCulture,
                "The {0} in ({1:yyyy-MM-dd}, {2:yyyy-MM-dd}] exceed the aggregate limit: summing ({1:yyyy-MM-dd}, {3:yyyy-MM-dd}] and ({3:yyyy-MM-dd}, {2:yyyy-MM-dd}].",
                what, afterDate, throughDate, middle));
            return Sliced(what, afterDate, middle, query, trace).Plus(Sliced(what, middle, throughDate, query, trace));
        }
    }

    private static RevenueSliceTotals Won(IOrganizationService service, Guid accountId, DateTime after, DateTime through)
    {
        var row = Single(service, RevenueQueries.WonRevenue(accountId, after, through));
        // actualclosedate is DateOnly: its value is the calendar date itself.
        return new RevenueSliceTotals(Amount(row, RevenueQueries.Sum), (Aliased(row, RevenueQueries.OldestClosed) as DateTime?)?.Date);
    }

    private static RevenueSliceTotals Paid(IOrganizationService service, TierPolicy policy, PolicyTimeZone zone, Guid accountId, DateTime after, DateTime through)
    {
        var row = Single(service, RevenueQueries.Paid(accountId, policy.InvoiceAmount, zone.StartOfDayUtc(after.AddDays(1)), zone.StartOfDayUtc(through.AddDays(1))));
        var delivered = Aliased(row, RevenueQueries.OldestDelivered) is DateTime d ? zone.DateOf(d) : (DateTime?)null;
        var created = Aliased(row, RevenueQueries.OldestCreated) is DateTime c ? zone.DateOf(c) : (DateTime?)null;
        return new RevenueSliceTotals(Amount(row, RevenueQueries.Sum), RevenueSliceTotals.Older(delivered, created));
    }

    /// <summary>Asynchronous steps only (see <see cref="Sliced"/>).</summary>
    private static IReadOnlyList<PipelineBucket> OpenPipeline(IOrganizationService service, Guid accountId, DateTime horizon)
    {
        EntityCollection rows;
        try
        {
            rows = service.RetrieveMultiple(new FetchExpression(RevenueQueries.OpenPipeline(accountId, horizon)));
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == PlatformErrorCodes.AggregateQueryRecordLimitExceeded)
        {
            // No lower date bound to slice (R6): the admin must act.
            throw new InvalidPluginExecutionException(PipelineTooLargeMessage, fault);
        }

        return PipelineBuckets(rows);
    }

    private static IReadOnlyList<PipelineBucket> PipelineBuckets(EntityCollection rows) =>
        rows.Entities
            .Select(row => new PipelineBucket(Aliased(row, RevenueQueries.Probability) as int?, Amount(row, RevenueQueries.Sum)))
            .ToList();

    /// <summary>An ungrouped aggregate always returns one row (sums null when nothing matched).</summary>
    private static Entity? Single(IOrganizationService service, string fetchXml) =>
        service.RetrieveMultiple(new FetchExpression(fetchXml)).Entities.FirstOrDefault();

    private static object? Aliased(Entity? row, string alias) => row?.GetAttributeValue<AliasedValue>(alias)?.Value;

    private static decimal? Amount(Entity? row, string alias) => Aliased(row, alias) switch
    {
        Money money => money.Value,
        decimal value => value,
        _ => null,
    };
}
