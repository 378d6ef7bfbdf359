using System;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Core.Tests.Properties;

/// <summary>Results do not depend on the order records arrive in, and match an independent batch sum.</summary>
public sealed class RevenueOrderPropertyTests
{
    private static readonly DateTime AsOf = Given.Date(2024, 6, 30);

    private static Gen<object> Record()
    {
        var date = Gen.Choose(-500, 500).Select(days => (DateTime?)AsOf.AddDays(days));
        var amount = Gen.Choose(-200000, 2000000).Select(cents => (decimal?)(cents / 100m));
        var opportunity = from state in Gen.Elements(OpportunityState.Open, OpportunityState.Won, OpportunityState.Lost)
                          from value in amount
                          from closed in date
                          from probability in Gen.Choose(0, 100)
                          select (object)new OpportunityRecord { State = state, ActualValue = value, ActualCloseDate = closed, EstimatedValue = value, CloseProbability = probability, EstimatedCloseDate = closed };
        var invoice = from state in Gen.Elements(InvoiceState.Active, InvoiceState.Paid, InvoiceState.Canceled, InvoiceState.Closed)
                      from total in amount
                      from delivered in Gen.Elements(true, false)
                      from day in date
                      select (object)new InvoiceRecord { State = state, TotalAmount = total, TotalAmountLessFreight = total, DeliveredOn = delivered ? day : null, CreatedOn = day };
        return Gen.OneOf(opportunity, invoice);
    }

    private static RevenueFacts Accumulate(object[] records)
    {
        var policy = Given.Policy();
        var revenue = new RevenueAccumulator(policy, EvaluationWindow.OnDate(policy, AsOf));
        foreach (var record in records)
        {
            if (record is OpportunityRecord opportunity)
            {
                revenue.Add(opportunity);
            }
            else
            {
                revenue.Add((InvoiceRecord)record);
            }
        }

        return revenue.ToFacts();
    }

    [Fact]
    public void Results_are_independent_of_input_order()
    {
        var cases = from records in Gen.ArrayOf(Record())
                    from shuffled in Gen.Shuffle(records)
                    select (records, shuffled);
        PropertyCheck.ForAll(cases, c =>
        {
            var inOrder = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Accumulate(c.records))).State;
            var reordered = TierEvaluator.Evaluate(Given.Request(Given.Policy(), AsOf, Accumulate(c.shuffled))).State;
            return inOrder == reordered;
        });
    }

    [Fact]
    public void Won_and_paid_equal_an_independent_batch_sum()
    {
        PropertyCheck.ForAll(Gen.ArrayOf(Record()), records =>
        {
            var start = AsOf.AddMonths(-12);
            var won = records.OfType<OpportunityRecord>().Where(o => o.State == OpportunityState.Won && o.ActualCloseDate > start && o.ActualCloseDate <= AsOf).Sum(o => o.ActualValue ?? 0m);
            var paid = records.OfType<InvoiceRecord>().Where(i => i.State == InvoiceState.Paid && (i.DeliveredOn ?? i.CreatedOn) > start && (i.DeliveredOn ?? i.CreatedOn) <= AsOf).Sum(i => i.TotalAmount ?? 0m);
            var facts = Accumulate(records);
            return facts.Won == won && facts.Paid == paid;
        });
    }
}
