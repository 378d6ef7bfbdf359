using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Data;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// Random two-account histories of revenue events, async jobs run in a shuffled
/// order. Revenue parts always equal a batch recompute at the latest OperationCreatedOn; with
/// margin 0 the tier does too; with a margin the stored state equals replaying the evaluations in
/// the order the jobs ran.
/// </summary>
public sealed class RecalculationPropertyTests
{
    private const int Runs = 30;

    private static readonly string MarginZeroPolicy = DefaultTierPolicy.Json.Replace("\"hysteresisMargin\":0.10", "\"hysteresisMargin\":0");

    [Fact]
    public void Revenue_parts_and_the_margin_zero_tier_equal_a_batch_recompute_in_any_order()
    {
        Assert.NotEqual(DefaultTierPolicy.Json, MarginZeroPolicy);
        var policy = TierPolicy.Parse(MarginZeroPolicy);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(Histories()), history =>
        {
            var run = Run(history, MarginZeroPolicy);
            foreach (var (account, latest) in run.LatestOperationByAccount)
            {
                var batch = BatchRecompute.Evaluate(run.Org, policy, account, latest);
                var stored = run.Org.Account(account);
                Assert.Equal(Rounding.ToCents(batch.Revenue.Won), run.Org.Base(account, AccountColumns.WonRevenue));
                Assert.Equal(Rounding.ToCents(batch.Revenue.Paid), run.Org.Base(account, AccountColumns.PaidRevenue));
                Assert.Equal(batch.Tier.Value, stored.GetAttributeValue<OptionSetValue>(AccountColumns.Tier).Value);
            }
        }));
    }

    [Fact]
    public void With_a_margin_the_state_equals_replaying_the_evaluations_in_the_order_they_ran()
    {
        var policy = TierPolicy.Default;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(Histories()), history =>
        {
            var run = Run(history, DefaultTierPolicy.Json);
            var replayed = new Dictionary<Guid, StoredTierState>();
            // The follow-up process runs on the history rows; every other finished job is an evaluation.
            foreach (var job in run.Org.Pipeline.FinishedJobs.Where(j => j.Name != run.Org.Solution.Processes.FollowUp.Name))
            {
                var account = run.AccountOf[job.PrimaryEntityId];
                var previous = replayed.TryGetValue(account, out var state) ? state : StoredTierState.Empty;
                var asOf = AsOfInstant.Resolve(job.QueuedOn, previous.CalculatedOn);
                var row = run.Org.Org.SystemService.Retrieve(AccountColumns.Table, account, new ColumnSet(AccountTierReader.Columns.ToArray()));
                var evaluation = TierEvaluator.Evaluate(new EvaluationRequest(policy, EvaluationWindow.At(policy, asOf), TieredAccount.From(row, policy.TimeZone).Facts)
                {
                    Revenue = BatchRecompute.Revenue(run.Org, policy, account, asOf),
                    Previous = previous,
                });
                replayed[account] = evaluation.State;
            }

            foreach (var (account, expected) in replayed)
            {
                var row = run.Org.Org.SystemService.Retrieve(AccountColumns.Table, account, new ColumnSet(AccountTierReader.Columns.ToArray()));
                var stored = TieredAccount.From(row, policy.TimeZone).Stored;
                Assert.True(stored.HasSameColumnsAs(expected), $"stored {stored} but replay gives {expected}");
                Assert.Equal(expected.CalculatedOn, stored.CalculatedOn);
            }
        }));
    }

    /// <summary>One revenue event: a won deal or paid invoice on account 0 or 1, an amount change, or a deletion of an earlier record.</summary>
    public sealed record Step(int Account, int Kind, decimal Amount, int DaysAgo, bool Delivered, int Earlier, int AdvanceDays);

    public sealed record History(IReadOnlyList<Step> Steps, int DrainSeed);

    private sealed class Outcome
    {
        public Outcome(TieringOrganization org) => Org = org;

        public TieringOrganization Org { get; }

        public Dictionary<Guid, Guid> AccountOf { get; } = new();

        public Dictionary<Guid, DateTime> LatestOperationByAccount { get; } = new();
    }

    private static Gen<History> Histories()
    {
        var step = from account in Gen.Choose(0, 1)
                   from kind in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
                   from amount in Gen.Choose(-20, 400).Select(thousands => thousands * 1_000m)
                   from daysAgo in Gen.Choose(0, 420)
                   from delivered in Gen.Elements(true, false)
                   from earlier in Gen.Choose(0, 20)
                   from advance in Gen.Choose(0, 60)
                   select new Step(account, kind, amount, daysAgo, delivered, earlier, advance);
        return from steps in Gen.Choose(1, 8).SelectMany(count => Gen.ListOf(step, count))
               from seed in Gen.Choose(0, 10_000)
               select new History(steps.ToList(), seed);
    }

    private static Outcome Run(History history, string policyJson)
    {
        var org = new TieringOrganization(policyJson);
        var outcome = new Outcome(org);
        var accounts = new[] { org.AddAccount("A"), org.AddAccount("B") };
        var records = new List<(string Table, Guid Id, Guid Account)>();
        foreach (var step in history.Steps)
        {
            org.Clock.Advance(TimeSpan.FromDays(step.AdvanceDays));
            var account = accounts[step.Account];
            var kind = records.Count == 0 ? step.Kind % 2 : step.Kind;
            var touched = kind switch
            {
                0 => Add(records, OpportunityColumns.Table, account, org.User.Create(new Entity(OpportunityColumns.Table)
                {
                    [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
                    [OpportunityColumns.State] = new OptionSetValue(1),
                    [OpportunityColumns.ActualValue] = new Money(step.Amount),
                    [OpportunityColumns.ActualCloseDate] = org.Clock.UtcNow.Date.AddDays(-step.DaysAgo),
                })),
                1 => Add(records, InvoiceColumns.Table, account, org.CreatePaidInvoice(account, step.Amount, deliveredOn: step.Delivered ? org.Clock.UtcNow.AddDays(-step.DaysAgo) : null)),
                2 => ChangeAmount(org, records[step.Earlier % records.Count], step.Amount),
                _ => Delete(org, records, step.Earlier % records.Count),
            };
            outcome.AccountOf[touched.Id] = touched.Account;
            outcome.LatestOperationByAccount[touched.Account] = org.Clock.UtcNow;
        }

        org.Drain(DrainOrder.Shuffled(history.DrainSeed));
        return outcome;
    }

    private static (string Table, Guid Id, Guid Account) Add(List<(string, Guid, Guid)> records, string table, Guid account, Guid id)
    {
        records.Add((table, id, account));
        return (table, id, account);
    }

    private static (string Table, Guid Id, Guid Account) ChangeAmount(TieringOrganization org, (string Table, Guid Id, Guid Account) record, decimal amount)
    {
        var column = record.Table == OpportunityColumns.Table ? OpportunityColumns.ActualValue : InvoiceColumns.TotalAmount;
        org.User.Update(new Entity(record.Table, record.Id) { [column] = new Money(amount) });
        return record;
    }

    private static (string Table, Guid Id, Guid Account) Delete(TieringOrganization org, List<(string Table, Guid Id, Guid Account)> records, int index)
    {
        var record = records[index];
        org.User.Delete(record.Table, record.Id);
        records.RemoveAt(index);
        return record;
    }
}
