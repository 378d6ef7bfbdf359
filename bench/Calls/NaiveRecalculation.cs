using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Bench.Calls;

/// <summary>
/// The comparison only, never shipped: what a plug-in would do without aggregates. It finds,
/// reads and writes the account exactly as the product does, but pages every opportunity and
/// invoice of the account (5 000 a page, the platform's maximum) and sums them in memory.
/// </summary>
public sealed class NaiveRecalculation : PluginBase
{
    private const int PageSize = 5000;

    /// <summary>The product's own steps, handled by this comparison plug-in instead.</summary>
    public override System.Collections.Generic.IReadOnlyList<CrmTiering.Plugins.Registration.StepRegistration> Steps =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(CrmTiering.Plugins.Registration.TieringSteps.Shipped, step => step.PluginType == typeof(CrmTiering.Plugins.Recalculation.RecalculateAccountTier)));

    private static readonly string[] OpportunityColumnNames =
    {
        OpportunityColumns.State, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualCloseDate,
        OpportunityColumns.EstimatedValueBase, OpportunityColumns.CloseProbability, OpportunityColumns.EstimatedCloseDate,
    };

    private static readonly string[] InvoiceColumnNames =
    {
        InvoiceColumns.State, InvoiceColumns.TotalAmountBase, InvoiceColumns.TotalAmountLessFreightBase,
        InvoiceColumns.DateDelivered, InvoiceColumns.CreatedOn,
    };

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var system = context.SystemService;
        var row = FindAccount(context);
        if (row is null)
        {
            return;
        }

        var policy = TierPolicySource.Read(system);
        var account = TieredAccount.From(row, policy.TimeZone);
        var asOf = AsOfInstant.Resolve(DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc), account.Stored.CalculatedOn);
        var window = EvaluationWindow.At(policy, asOf);
        var revenue = new RevenueAccumulator(policy, window);
        foreach (var opportunity in EveryRow(system, Opportunities(account.Id)))
        {
            revenue.Add(new OpportunityRecord
            {
                State = (OpportunityState)(opportunity.GetAttributeValue<OptionSetValue>(OpportunityColumns.State)?.Value ?? 0),
                ActualValue = opportunity.GetAttributeValue<Money>(OpportunityColumns.ActualValueBase)?.Value,
                ActualCloseDate = opportunity.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate)?.Date,
                EstimatedValue = opportunity.GetAttributeValue<Money>(OpportunityColumns.EstimatedValueBase)?.Value,
                CloseProbability = opportunity.GetAttributeValue<int?>(OpportunityColumns.CloseProbability),
                EstimatedCloseDate = opportunity.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate)?.Date,
            });
        }

        foreach (var invoice in EveryRow(system, Invoices(account.Id)))
        {
            var delivered = invoice.GetAttributeValue<DateTime?>(InvoiceColumns.DateDelivered);
            var created = invoice.GetAttributeValue<DateTime?>(InvoiceColumns.CreatedOn);
            revenue.Add(new InvoiceRecord
            {
                State = (InvoiceState)(invoice.GetAttributeValue<OptionSetValue>(InvoiceColumns.State)?.Value ?? 0),
                TotalAmount = invoice.GetAttributeValue<Money>(InvoiceColumns.TotalAmountBase)?.Value,
                TotalAmountLessFreight = invoice.GetAttributeValue<Money>(InvoiceColumns.TotalAmountLessFreightBase)?.Value,
                DeliveredOn = delivered is { } d ? policy.TimeZone.DateOf(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
                CreatedOn = created is { } c ? policy.TimeZone.DateOf(DateTime.SpecifyKind(c, DateTimeKind.Utc)) : null,
            });
        }

        var evaluation = TierEvaluator.Evaluate(new EvaluationRequest(policy, window, account.Facts)
        {
            Revenue = revenue.ToFacts(),
            Previous = account.Stored,
            Source = MovementSource.Plugin,
            CurrencyCode = CrmTiering.Plugins.Tiering.RecalculationScope.ExplanationCurrencyCode,
        });
        if (evaluation.Changed)
        {
            AccountTierWriter.Write(system, AccountTierWriter.Changes(account, evaluation.State, policy.TimeZone), evaluation.Source);
        }
    }

    /// <summary>Same lookup as the product: the images name the account; the close activity (Win, Lose) only the opportunity.</summary>
    private static Entity? FindAccount(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var close = execution.PrimaryEntityName == OpportunityColumns.CloseActivityTable
            ? (execution.PostEntityImages.TryGetValue(CrmTiering.Plugins.Registration.StepImageNames.PostImage, out var image) ? image : null)
            : execution.InputParameters.TryGetValue(OpportunityColumns.CloseActivityParameter, out var parameter) ? parameter as Entity : null;
        if (close is not null)
        {
            var opportunity = close.GetAttributeValue<EntityReference>(OpportunityColumns.CloseActivityOpportunity);
            return opportunity is null ? null : AccountTierReader.ForOpportunity(context.SystemService, opportunity.Id);
        }

        foreach (var id in AffectedAccounts.Of(execution))
        {
            return AccountTierReader.Retrieve(context.SystemService, id);
        }

        return null;
    }

    /// <summary>R4: the parent account, else the customer.</summary>
    private static QueryExpression Opportunities(Guid accountId)
    {
        var query = new QueryExpression(OpportunityColumns.Table) { ColumnSet = new ColumnSet(OpportunityColumnNames) };
        var owner = new FilterExpression(LogicalOperator.Or);
        owner.AddCondition(OpportunityColumns.ParentAccount, ConditionOperator.Equal, accountId);
        var byCustomer = new FilterExpression(LogicalOperator.And);
        byCustomer.AddCondition(OpportunityColumns.ParentAccount, ConditionOperator.Null);
        byCustomer.AddCondition(OpportunityColumns.Customer, ConditionOperator.Equal, accountId);
        owner.AddFilter(byCustomer);
        query.Criteria.AddFilter(owner);
        return query;
    }

    private static QueryExpression Invoices(Guid accountId)
    {
        var query = new QueryExpression(InvoiceColumns.Table) { ColumnSet = new ColumnSet(InvoiceColumnNames) };
        query.Criteria.AddCondition(InvoiceColumns.Customer, ConditionOperator.Equal, accountId);
        return query;
    }

    private static IEnumerable<Entity> EveryRow(IOrganizationService service, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
