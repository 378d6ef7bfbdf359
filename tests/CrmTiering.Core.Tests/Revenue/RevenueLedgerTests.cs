using System;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Tests.Properties;
using CrmTiering.Core.Time;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Core.Tests.Revenue;

/// <summary>
/// The bulk ledger gives every account, at every window, the facts the per-account accumulator
/// gives: random records over random accounts, both invoice amounts, several windows (different
/// window lengths and pipeline horizons), negative amounts (credit notes), null amounts and
/// probabilities, undelivered invoices, records on and around every window edge, and the split
/// into parallel parts added back together.
/// </summary>
public sealed class RevenueLedgerTests
{
    private const int Accounts = 5;
    private static readonly DateTime AsOf = Given.Date(2024, 2, 29);

    private static readonly Gen<DateTime?> Date =
        Gen.OneOf(
            Gen.Choose(-800, 800).Select(days => (DateTime?)AsOf.AddDays(days)),
            // The edges: the as-of date, window starts (12 and 6 months, month-end clamping), the horizons.
            Gen.Elements<DateTime?>(AsOf, AsOf.AddDays(1), AsOf.AddMonths(-12), AsOf.AddMonths(-12).AddDays(1), AsOf.AddMonths(-6), AsOf.AddMonths(12), AsOf.AddMonths(12).AddDays(1), null));

    private static readonly Gen<decimal?> Amount =
        Gen.OneOf(Gen.Choose(-300000, 3000000).Select(cents => (decimal?)(cents / 100m)), Gen.Constant<decimal?>(null), Gen.Choose(-5, 5).Select(units => (decimal?)units));

    private static Gen<(int Account, object Record)> Record()
    {
        var opportunity = from state in Gen.Elements(OpportunityState.Open, OpportunityState.Won, OpportunityState.Lost)
                          from actual in Amount
                          from closed in Date
                          from estimated in Amount
                          from probability in Gen.OneOf(Gen.Choose(0, 100).Select(p => (int?)p), Gen.Constant<int?>(null))
                          from estimatedClose in Date
                          select (object)new OpportunityRecord { State = state, ActualValue = actual, ActualCloseDate = closed, EstimatedValue = estimated, CloseProbability = probability, EstimatedCloseDate = estimatedClose };
        var invoice = from state in Gen.Elements(InvoiceState.Active, InvoiceState.Paid, InvoiceState.Canceled, InvoiceState.Closed)
                      from total in Amount
                      from net in Amount
                      from delivered in Date
                      from created in Date
                      select (object)new InvoiceRecord { State = state, TotalAmount = total, TotalAmountLessFreight = net, DeliveredOn = delivered, CreatedOn = created };
        return from account in Gen.Choose(0, Accounts - 1)
               from record in Gen.OneOf(opportunity, invoice)
               select (account, record);
    }

    private static readonly TierPolicy[] Policies =
    {
        Given.Policy(),
        Given.Policy("\"invoiceAmount\":\"Total\"", "\"invoiceAmount\":\"Net\""),
        Given.Policy("\"windowMonths\":12", "\"windowMonths\":6"),
    };

    private static EvaluationWindow[] Windows(TierPolicy policy) =>
        new[] { AsOf, AsOf.AddMonths(-3), AsOf.AddDays(17) }.Select(date => EvaluationWindow.OnDate(policy, date)).ToArray();

    private static void Add(RevenueLedger ledger, (int Account, object Record) item)
    {
        if (item.Record is OpportunityRecord o) ledger.Add(item.Account, o.State, o.ActualValue, o.ActualCloseDate, o.EstimatedValue, o.CloseProbability, o.EstimatedCloseDate);
        else if (item.Record is InvoiceRecord i) ledger.Add(item.Account, i.State, i.TotalAmount, i.TotalAmountLessFreight, i.DeliveredOn, i.CreatedOn);
    }

    private static bool SameAsAccumulator(TierPolicy policy, (int Account, object Record)[] records, RevenueLedger ledger)
    {
        var windows = Windows(policy);
        for (var account = 0; account < Accounts; account++)
        {
            var mine = records.Where(r => r.Account == account).Select(r => r.Record).ToArray();
            for (var w = 0; w < windows.Length; w++)
            {
                var accumulator = new RevenueAccumulator(policy, windows[w]);
                foreach (var record in mine)
                {
                    if (record is OpportunityRecord o) accumulator.Add(o);
                    else accumulator.Add((InvoiceRecord)record);
                }
                var expected = accumulator.ToFacts();
                var actual = ledger.FactsAt(account, w);
                if (expected.Won != actual.Won || expected.Paid != actual.Paid
                    || expected.WeightedPipeline != actual.WeightedPipeline || expected.OldestCountedDate != actual.OldestCountedDate)
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Fact]
    public void Every_account_and_window_has_the_accumulators_facts()
    {
        var cases = from policy in Gen.Elements(Policies)
                    from records in Gen.ArrayOf(Record())
                    select (policy, records);
        PropertyCheck.ForAll(cases, c =>
        {
            var ledger = new RevenueLedger(c.policy, Windows(c.policy), Accounts);
            foreach (var record in c.records) Add(ledger, record);
            return SameAsAccumulator(c.policy, c.records, ledger);
        }, runs: 300);
    }

    [Fact]
    public void Parts_filled_apart_and_absorbed_equal_one_ledger()
    {
        var cases = from policy in Gen.Elements(Policies)
                    from records in Gen.ArrayOf(Record())
                    from split in Gen.Choose(0, 1000)
                    select (policy, records, split);
        PropertyCheck.ForAll(cases, c =>
        {
            var first = new RevenueLedger(c.policy, Windows(c.policy), Accounts);
            var second = first.EmptyCopy();
            var cut = c.records.Length * c.split / 1000;
            foreach (var record in c.records.Take(cut)) Add(first, record);
            foreach (var record in c.records.Skip(cut)) Add(second, record);
            first.Absorb(second);
            return SameAsAccumulator(c.policy, c.records, first);
        });
    }

    [Fact]
    public void An_account_without_records_has_no_revenue_and_no_oldest_date()
    {
        var ledger = new RevenueLedger(TierPolicy.Default, Windows(TierPolicy.Default), 2);
        ledger.Add(1, InvoiceState.Paid, 10m, 9m, null, AsOf);

        var empty = ledger.FactsAt(0, 0);
        Assert.Equal(0m, empty.Won + empty.Paid + empty.WeightedPipeline);
        Assert.Null(empty.OldestCountedDate);
        Assert.Equal(10m, ledger.FactsAt(1, 0).Paid);
        Assert.Equal(AsOf, ledger.FactsAt(1, 0).OldestCountedDate);
    }
}
