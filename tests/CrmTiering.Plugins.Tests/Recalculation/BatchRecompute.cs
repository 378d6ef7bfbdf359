using System;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// The reference the plug-ins must agree with: every record of the organisation read row by row
/// (no aggregate) and fed to Core's record accumulator, then evaluated from scratch.
/// </summary>
public static class BatchRecompute
{
    public static RevenueFacts Revenue(TieringOrganization org, TierPolicy policy, Guid account, DateTime asOfUtc)
    {
        var window = EvaluationWindow.At(policy, asOfUtc);
        var revenue = new RevenueAccumulator(policy, window);
        foreach (var opportunity in All(org, OpportunityColumns.Table))
        {
            var parent = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccount);
            var customer = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.Customer);
            if (RecordOwner.OfOpportunity(parent?.Id.ToString("D"), customer?.Id.ToString("D"), customer?.LogicalName == AccountColumns.Table) != account.ToString("D"))
            {
                continue;
            }

            revenue.Add(new OpportunityRecord
            {
                State = (OpportunityState)opportunity.GetAttributeValue<OptionSetValue>(OpportunityColumns.State).Value,
                ActualValue = opportunity.GetAttributeValue<Money>(OpportunityColumns.ActualValueBase)?.Value,
                ActualCloseDate = opportunity.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate)?.Date,
                EstimatedValue = opportunity.GetAttributeValue<Money>(OpportunityColumns.EstimatedValueBase)?.Value,
                CloseProbability = opportunity.GetAttributeValue<int?>(OpportunityColumns.CloseProbability),
                EstimatedCloseDate = opportunity.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate)?.Date,
            });
        }

        foreach (var invoice in All(org, InvoiceColumns.Table).Where(i => i.GetAttributeValue<EntityReference>(InvoiceColumns.Customer)?.Id == account))
        {
            revenue.Add(new InvoiceRecord
            {
                State = (InvoiceState)invoice.GetAttributeValue<OptionSetValue>(InvoiceColumns.State).Value,
                TotalAmount = invoice.GetAttributeValue<Money>(InvoiceColumns.TotalAmountBase)?.Value,
                TotalAmountLessFreight = invoice.GetAttributeValue<Money>(InvoiceColumns.TotalAmountLessFreightBase)?.Value,
                DeliveredOn = invoice.GetAttributeValue<DateTime?>(InvoiceColumns.DateDelivered) is { } delivered ? policy.TimeZone.DateOf(delivered) : null,
                CreatedOn = invoice.GetAttributeValue<DateTime?>(InvoiceColumns.CreatedOn) is { } created ? policy.TimeZone.DateOf(created) : null,
            });
        }

        return revenue.ToFacts();
    }

    /// <summary>The account evaluated from scratch at <paramref name="asOfUtc"/> (no previous state: no hysteresis).</summary>
    public static TierEvaluation Evaluate(TieringOrganization org, TierPolicy policy, Guid account, DateTime asOfUtc)
    {
        var row = org.Org.SystemService.Retrieve(AccountColumns.Table, account, new ColumnSet(AccountTierReader.Columns.ToArray()));
        var facts = TieredAccount.From(row, policy.TimeZone).Facts;
        return TierEvaluator.Evaluate(new EvaluationRequest(policy, EvaluationWindow.At(policy, asOfUtc), facts)
        {
            Revenue = Revenue(org, policy, account, asOfUtc),
        });
    }

    private static DataCollection<Entity> All(TieringOrganization org, string table) =>
        org.Org.SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities;
}
