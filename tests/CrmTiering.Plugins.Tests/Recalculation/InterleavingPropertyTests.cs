using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tiering;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// DESIGN "Platform design" → Concurrency: two asynchronous jobs for one account can run at once; the
/// account write carries its RowVersion (IfRowVersionMatches) and on a mismatch the job re-reads and
/// re-evaluates, so a stale job never overwrites a newer result or raises a false slip. The emulator
/// runs queued jobs as coroutines switched at every service call of their own.
/// </summary>
public sealed class InterleavingPropertyTests
{
    private const int Cases = 100;

    [Fact]
    public void Two_jobs_that_both_read_before_either_writes_end_as_a_serial_run_and_the_stale_write_is_refused()
    {
        // Given an account at Tier 2 (150 000 won), then two deals won in separate operations a day apart
        var raced = RaceTwoDeals(out var account, out var jobs);
        var mark = raced.Org.Calls.Mark();

        // When both jobs read before either writes
        var drain = raced.Pipeline.DrainInterleaved(Interleaving.ReadsBeforeWrites);

        // Then the earlier job writes first and the later job's write is refused by its stale RowVersion
        Assert.Equal(2, jobs.Count);
        Assert.Equal(jobs, drain.CommitOrder);
        Assert.All(jobs, j => Assert.Equal(AsyncJobState.Succeeded, j.State));
        var accountWrites = drain.Calls.Where(c => c.Request is UpdateRequest { Target: { LogicalName: AccountColumns.Table } target } && target.Id == account).ToList();
        Assert.Equal(new[] { jobs[0], jobs[1], jobs[1] }, accountWrites.Select(c => c.Job));
        Assert.All(accountWrites, c => Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, ((UpdateRequest)c.Request).ConcurrencyBehavior));
        var calls = drain.Calls.ToList();
        Assert.True(calls.FindIndex(c => c.Job == jobs[1]) < calls.IndexOf(accountWrites[0]), "the later job read the account before the earlier job wrote it");

        // the call log: the same three account Updates, the middle one (the later job's first write) failed with the concurrency code
        var logged = raced.CallsBy(TieringOrganization.RecalculationOrigin, mark).Where(c => c.Message == "Update" && c.Table == AccountColumns.Table).ToList();
        Assert.Equal(3, logged.Count);
        Assert.Equal(new[] { false, true, false }, logged.Select(c => c.Failed));
        Assert.Equal(new int?[] { null, PlatformErrorCodes.ConcurrencyVersionMismatch, null }, logged.Select(c => c.FaultCode));
        Assert.Contains(raced.Pipeline.Traces, t => t.Text.Contains("written by another job since it was read (attempt 1)", StringComparison.Ordinal));

        // and everything stored equals the same jobs run one after the other
        var serial = RaceTwoDeals(out var serialAccount, out _);
        serial.Drain();
        Assert.Equal(serialAccount, account);
        Assert.Equal(650_000m, raced.Base(account, AccountColumns.EffectiveRevenue));
        Assert.Equal(512000000, raced.TierOf(account));
        Assert.Equal(ScenarioOrganization.ComputedColumns(serial, account), ScenarioOrganization.ComputedColumns(raced, account));

        // one history row per real change (Initial Tier 2, then the promotion to Tier 1), no slip, no follow-up
        var history = ScenarioOrganization.HistoryOf(raced, account);
        Assert.Equal(ScenarioOrganization.HistoryOf(serial, account), history);
        Assert.Equal(new int?[] { (int)TierMovement.Initial, (int)TierMovement.Promotion }, history.Select(r => r.Movement));
        Assert.Equal(new int?[] { null, 512000001 }, history.Select(r => r.From));
        Assert.Equal(new int?[] { 512000001, 512000000 }, history.Select(r => r.To));
        Assert.DoesNotContain(history, r => r.Movement == (int)TierMovement.Tier1Slip || r.NeedsFollowUp);
    }

    [Fact]
    public void A_recovery_raced_with_the_slip_before_it_keeps_the_one_real_slip_and_the_promotion()
    {
        // Given an account at Tier 1 (two won deals of 300 000), one deal deleted (a real slip), then a won deal the next day
        var raced = RaceSlipThenRecovery(out var account, out var jobs);

        // When both jobs read before either writes: the recovery's previous state (Tier 1) is stale
        raced.Pipeline.DrainInterleaved(Interleaving.ReadsBeforeWrites);

        // Then the recovery re-reads the slip and promotes from it, exactly as a serial run does
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(AsyncJobState.Succeeded, j.State));
        var serial = RaceSlipThenRecovery(out _, out _);
        serial.Drain();
        Assert.Equal(ScenarioOrganization.ComputedColumns(serial, account), ScenarioOrganization.ComputedColumns(raced, account));
        var history = ScenarioOrganization.HistoryOf(raced, account);
        Assert.Equal(ScenarioOrganization.HistoryOf(serial, account), history);
        Assert.Equal(new int?[] { (int)TierMovement.Initial, (int)TierMovement.Tier1Slip, (int)TierMovement.Promotion }, history.Select(r => r.Movement));
        Assert.Equal(new[] { false, true, false }, history.Select(r => r.NeedsFollowUp));
        Assert.Equal(512000000, raced.TierOf(account));
    }

    [Fact]
    public void Interleaved_jobs_store_what_a_serial_replay_in_linearization_order_stores()
    {
        var runs = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Arb.From(InterleavingScenario.Generator()), scenario =>
        {
            runs++;
            Play(scenario);
        }));

        Assert.Equal(Cases, runs);
    }

    [Fact]
    public void The_latest_job_losing_three_races_to_earlier_jobs_wins_the_fourth_and_ends_as_the_serial_run()
    {
        // Given Tier 2 (150 000 won) and four deals of 100 000 won a day apart, all four jobs queued
        var raced = FourDeals(out var account, out var jobs);

        // When every job reads first, and the latest job (#4) re-reads after each refusal only to lose
        // again to #2, then #3: three refusals, each another job's commit; its fourth evaluation
        // (of LostRaceRetry.MaxAttempts = 5) meets no rival left
        var drain = LinearizedDrain.Run(raced, ScriptedInterleaving.From(jobs, "R1 R2 R3 R4 W1 W4 R4 W2 R2 W2 W4 R4 W3 R3 W3 W4"));
        var context = drain.Describe();

        // Then every job succeeds, #4 after three refused writes, and nothing is marked failed
        Assert.All(jobs, j => Assert.True(j.State == AsyncJobState.Succeeded, $"#{j.Sequence} {j.State} {j.Error}; {context}"));
        Assert.Equal(3, drain.Calls.Count(c => c.Job == jobs[3] && c.Record is { Message: "Update", Table: AccountColumns.Table, Failed: true }));
        Assert.DoesNotContain(ScenarioOrganization.ComputedColumns(raced, account), c => c == $"{AccountColumns.CalculationStatus}={(int)CalculationStatus.Failed}");

        // and no stale write and no false slip: the stored state is the serial run's, 550 000, promoted to Tier 1
        var history = ScenarioOrganization.HistoryOf(raced, account);
        Assert.DoesNotContain(history, r => r.Movement == (int)TierMovement.Tier1Slip || r.NeedsFollowUp);
        Assert.Equal(jobs.Select(j => j.Sequence), drain.Order);
        var serial = FourDeals(out _, out _);
        serial.Pipeline.DrainAsyncQueue(drain.Replay);
        Assert.Equal(512000000, serial.TierOf(account));
        Assert.Equal(550_000m, raced.Base(account, AccountColumns.EffectiveRevenue));
        AssertSameStoredState(serial, raced, account, context);
    }

    [Fact]
    public void A_job_that_a_newer_write_supersedes_takes_effect_at_its_last_read_and_does_not_mark_the_account_failed()
    {
        // Given Tier 2 and four deals won a day apart, all four jobs queued
        var raced = FourDeals(out var account, out var jobs);

        // When #3 loses to #1 and #2, and its third attempt loses to #4, whose as-of is later than its own
        var drain = LinearizedDrain.Run(raced, ScriptedInterleaving.From(jobs, "R1 R2 R3 R4 W1 W3 R3 W2 R2 W2 W3 R3 W4 R4 W4 W3"));
        var context = drain.Describe();

        // Then #3's fourth evaluation reads #4's result, evaluates at #4's later calculated-on (R2) and writes
        // nothing: it takes effect at that read, after #4's write
        Assert.All(jobs, j => Assert.True(j.State == AsyncJobState.Succeeded, $"#{j.Sequence} {j.State} {j.Error}; {context}"));
        Assert.DoesNotContain(drain.Calls, c => c.Job == jobs[2] && c.IsAccountWrite);
        Assert.Equal(new[] { jobs[0], jobs[1], jobs[3], jobs[2] }.Select(j => j.Sequence), drain.Order);

        // and #4's result stands (the serial run's), and the account is not shown as failed: nothing is left to recalculate
        var serial = FourDeals(out _, out _);
        serial.Pipeline.DrainAsyncQueue(drain.Replay);
        Assert.Equal(550_000m, raced.Base(account, AccountColumns.EffectiveRevenue));
        Assert.DoesNotContain(ScenarioOrganization.ComputedColumns(raced, account), c => c == $"{AccountColumns.CalculationStatus}={(int)CalculationStatus.Failed}");
        AssertSameStoredState(serial, raced, account, context);
    }

    [Fact]
    public void A_job_that_finds_nothing_to_change_in_a_stale_read_takes_effect_at_that_read()
    {
        // Given Tier 2 (150 000 won), a deal of 450 000 won on 9 March that closed on 10 March 2024 (in the
        // window on the 9th, out of it from the 10th), and on 10 March an open deal (no revenue)
        var raced = StaleNoChange(out var account, out var jobs);

        // When the later job (#2) reads the account, the earlier job (#1) promotes it to Tier 1, then #2
        // finishes its evaluation against what it read: at its as-of the stored Tier 2 / 150 000 is right,
        // so it writes nothing (and commits nothing, so nothing checks its RowVersion)
        var drain = LinearizedDrain.Run(raced, ScriptedInterleaving.From(jobs, "C2 R1 W1 R2 W2"));
        var context = drain.Describe();
        Assert.Equal(jobs, drain.Drain.CommitOrder);
        Assert.All(jobs, j => Assert.True(j.State == AsyncJobState.Succeeded, $"#{j.Sequence} {j.State} {j.Error}; {context}"));
        Assert.DoesNotContain(drain.Calls, c => c.Job == jobs[1] && c.IsAccountWrite);

        // Then #2's decision was fixed by its read, before #1's write: it linearizes first, although it finished last
        Assert.Equal(new[] { jobs[1].Sequence, jobs[0].Sequence }, drain.Order);
        Assert.Equal("read, wrote nothing", drain.Points[0].Point.Why);
        Assert.Equal("wrote", drain.Points[1].Point.Why);

        // and the stored state is the serial run's in that order: #2 finds nothing to change, then #1
        // (as-of 9 March, R2) promotes to Tier 1; the next evaluation on 10 March lets the Due sweep move it on
        var serial = StaleNoChange(out _, out _);
        serial.Pipeline.DrainAsyncQueue(drain.Replay);
        Assert.Equal(512000000, raced.TierOf(account));
        Assert.Contains($"{AccountColumns.NextEvaluationOn}=2025-03-10T00:00:00.0000000Z", ScenarioOrganization.ComputedColumns(raced, account));
        Assert.Equal(new int?[] { (int)TierMovement.Initial, (int)TierMovement.Promotion }, ScenarioOrganization.HistoryOf(raced, account).Select(r => r.Movement));
        Assert.DoesNotContain(ScenarioOrganization.HistoryOf(raced, account), r => r.NeedsFollowUp);
        AssertSameStoredState(serial, raced, account, context);

        // (the finish order is no linearization here: run serially in it, #2 would see the promotion and slip back)
        var finishOrder = StaleNoChange(out _, out _);
        finishOrder.Pipeline.DrainAsyncQueue(DrainOrder.Replay(drain.FinishOrder));
        Assert.Equal(512000001, finishOrder.TierOf(account));
    }

    [Fact]
    public void A_seeded_schedule_found_by_the_property_ends_as_the_serial_run()
    {
        // Found by the property: account 1's four jobs; the last (#5, a deal of 202 000 won) loses three races.
        Play(new InterleavingScenario(
            2,
            new[] { new SeededRevenue(1, true, 99_000m, 337), new SeededRevenue(0, true, 310_000m, 297) },
            new[]
            {
                new InterleavingRound(
                    13,
                    new[]
                    {
                        new InterleavingEvent(0, InterleavingEventKind.PaidInvoice, 318_000m, 369, 30),
                        new InterleavingEvent(0, InterleavingEventKind.PaidInvoice, 58_000m, 297, 11),
                        new InterleavingEvent(1, InterleavingEventKind.PaidInvoice, 225_000m, 0, 60),
                        new InterleavingEvent(1, InterleavingEventKind.PaidInvoice, 9_000m, 0, 15),
                        new InterleavingEvent(1, InterleavingEventKind.PaidInvoice, 348_000m, 0, 46),
                        new InterleavingEvent(1, InterleavingEventKind.WonDeal, 202_000m, 0, 23),
                    },
                    1273329098),
            }));
    }

    /// <summary>
    /// Plays the scenario in two organisations in lockstep: each round one drains interleaved, the other
    /// replays the same jobs serially in the interleaved run's linearization order; they are compared after every round.
    /// </summary>
    private static void Play(InterleavingScenario scenario)
    {
        var interleaved = new ScenarioOrganization(scenario.Accounts, scenario.Seeds);
        var serial = new ScenarioOrganization(scenario.Accounts, scenario.Seeds);
        Assert.Equal(serial.Accounts, interleaved.Accounts);
        for (var r = 0; r < scenario.Rounds.Count; r++)
        {
            var round = scenario.Rounds[r];
            var jobsPerAccount = new int[scenario.Accounts];
            foreach (var org in new[] { interleaved, serial })
            {
                org.Org.Clock.Advance(TimeSpan.FromDays(round.AdvanceDays));
                foreach (var e in round.Events)
                {
                    var before = org.Org.Pipeline.PendingJobs.Count;
                    org.Apply(e);
                    if (org == interleaved)
                    {
                        jobsPerAccount[e.Account] += org.Org.Pipeline.PendingJobs.Count - before;
                    }
                }
            }

            var queued = interleaved.Pending();
            Assert.Equal(queued, serial.Pending());
            Assert.True(jobsPerAccount.All(n => n is >= 1 and <= 4), $"the scenario must queue 1–4 jobs per account, not {string.Join(",", jobsPerAccount)}:{Environment.NewLine}{scenario}");

            var drain = LinearizedDrain.Run(interleaved.Org, LinearizedDrain.Seeded(round.ScheduleSeed));
            serial.Org.Pipeline.DrainAsyncQueue(drain.Replay);

            string Context(string what) =>
                $"{what} after round {r + 1} (Interleaving.Seeded({round.ScheduleSeed}), {queued.Count} jobs, per account {string.Join(",", jobsPerAccount)})."
                + Environment.NewLine + "Scenario:" + Environment.NewLine + scenario
                + Environment.NewLine + "Interleaved failed jobs: " + Failures(interleaved)
                + Environment.NewLine + "Serial failed jobs: " + Failures(serial)
                + Environment.NewLine + drain.Describe();

            // Every job read its account (or the opportunity joined to it), so each has a real linearization point.
            var unplaced = drain.Points.Where(p => p.Point.Why is not ("wrote" or "read, wrote nothing")).ToList();
            Assert.True(unplaced.Count == 0, Context("Jobs with no account read or write: " + string.Join(", ", unplaced.Select(p => $"#{p.Job.Sequence} {p.Point}"))));

            // With at most four jobs per account, a job loses at most three races: none may exhaust its attempts.
            Assert.True(interleaved.Org.Pipeline.FailedJobs.Count == 0 && serial.Org.Pipeline.FailedJobs.Count == 0, Context("A job failed"));

            for (var a = 0; a < scenario.Accounts; a++)
            {
                var interleavedHistory = interleaved.History(a);
                var serialHistory = serial.History(a);
                var falseFollowUps = interleavedHistory.Where(h => h.NeedsFollowUp).Except(serialHistory.Where(h => h.NeedsFollowUp)).ToList();
                Assert.True(falseFollowUps.Count == 0, Context($"Account {a}: the interleaved run flagged a follow-up the serial run does not: {string.Join("; ", falseFollowUps)}")
                    + Diff("history", serialHistory.Select(h => h.ToString()).ToList(), interleavedHistory.Select(h => h.ToString()).ToList()));

                var interleavedColumns = interleaved.Columns(a);
                var serialColumns = serial.Columns(a);
                Assert.True(
                    !interleavedColumns.Contains($"{AccountColumns.CalculationStatus}={(int)CalculationStatus.Failed}"),
                    Context($"Account {a}: marked Failed") + Diff("columns", serialColumns, interleavedColumns));
                Assert.True(serialColumns.SequenceEqual(interleavedColumns), Context($"Account {a}: stored columns differ") + Diff("columns", serialColumns, interleavedColumns));
                Assert.True(serialHistory.SequenceEqual(interleavedHistory), Context($"Account {a}: history rows differ")
                    + Diff("history", serialHistory.Select(h => h.ToString()).ToList(), interleavedHistory.Select(h => h.ToString()).ToList()));
            }
        }
    }

    private static string Failures(ScenarioOrganization org) =>
        string.Join("; ", org.Org.Pipeline.FailedJobs.Select(j => $"{j} ({j.ErrorCode}: {j.Error})")) is { Length: > 0 } text ? text : "none";

    private static string Diff(string what, IReadOnlyList<string> serial, IReadOnlyList<string> interleaved) =>
        Environment.NewLine + $"Serial {what} only:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", serial.Except(interleaved))
        + Environment.NewLine + $"Interleaved {what} only:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", interleaved.Except(serial));

    private static void AssertSameStoredState(TieringOrganization serial, TieringOrganization raced, Guid account, string context)
    {
        var serialColumns = ScenarioOrganization.ComputedColumns(serial, account);
        var racedColumns = ScenarioOrganization.ComputedColumns(raced, account);
        Assert.True(serialColumns.SequenceEqual(racedColumns), "Stored columns differ from the serial run; " + context + Diff("columns", serialColumns, racedColumns));
        var serialHistory = ScenarioOrganization.HistoryOf(serial, account).Select(h => h.ToString()).ToList();
        var racedHistory = ScenarioOrganization.HistoryOf(raced, account).Select(h => h.ToString()).ToList();
        Assert.True(serialHistory.SequenceEqual(racedHistory), "History rows differ from the serial run; " + context + Diff("history", serialHistory, racedHistory));
    }

    /// <summary>Tier 2 from a first deal (drained), then four deals of 100 000 won a day apart and left queued.</summary>
    private static TieringOrganization FourDeals(out Guid account, out List<AsyncJob> jobs)
    {
        var org = NewOrganization();
        account = org.AddAccount();
        org.User.Create(WonDeal(account, 150_000m, org.Clock.UtcNow));
        org.Drain();
        for (var i = 0; i < 4; i++)
        {
            org.Clock.Advance(TimeSpan.FromDays(1));
            org.User.Create(WonDeal(account, 100_000m, org.Clock.UtcNow));
        }

        jobs = org.Pipeline.PendingJobs.ToList();
        Assert.Equal(4, jobs.Count);
        return org;
    }

    /// <summary>See <see cref="A_job_that_finds_nothing_to_change_in_a_stale_read_still_ends_as_the_serial_run"/>: two jobs queued.</summary>
    private static TieringOrganization StaleNoChange(out Guid account, out List<AsyncJob> jobs)
    {
        var org = NewOrganization();
        account = org.AddAccount();
        org.User.Create(WonDeal(account, 150_000m, new DateTime(2025, 2, 1)));
        org.Drain();
        org.Clock.Set(new DateTime(2025, 3, 9, 9, 0, 0, DateTimeKind.Utc));
        org.User.Create(WonDeal(account, 450_000m, new DateTime(2024, 3, 10)));
        org.Clock.Advance(TimeSpan.FromDays(1));
        org.CreateOpenOpportunity(account, 10_000m);
        jobs = org.Pipeline.PendingJobs.ToList();
        Assert.Equal(2, jobs.Count);
        return org;
    }

    private static TieringOrganization NewOrganization()
    {
        var next = 0;
        return new TieringOrganization(newId: () => new Guid(++next, 0, 0, new byte[8]));
    }

    private static Entity WonDeal(Guid account, decimal value, DateTime closedOn) => new(OpportunityColumns.Table)
    {
        [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
        [OpportunityColumns.State] = new OptionSetValue(1),
        [OpportunityColumns.ActualValue] = new Money(value),
        [OpportunityColumns.ActualCloseDate] = closedOn.Date,
    };

    /// <summary>Tier 2 from a first deal (drained), then two more deals won a day apart and left queued.</summary>
    private static TieringOrganization RaceTwoDeals(out Guid account, out List<AsyncJob> jobs)
    {
        var org = NewOrganization();
        account = org.AddAccount();
        org.User.Create(WonDeal(account, 150_000m, org.Clock.UtcNow));
        org.Drain();
        org.Clock.Advance(TimeSpan.FromDays(1));
        org.User.Create(WonDeal(account, 100_000m, org.Clock.UtcNow));
        org.Clock.Advance(TimeSpan.FromDays(1));
        org.User.Create(WonDeal(account, 400_000m, org.Clock.UtcNow));
        jobs = org.Pipeline.PendingJobs.ToList();
        return org;
    }

    /// <summary>Tier 1 from two deals (drained), then one deleted (to 300 000, a slip) and a day later a deal of 400 000 won.</summary>
    private static TieringOrganization RaceSlipThenRecovery(out Guid account, out List<AsyncJob> jobs)
    {
        var org = NewOrganization();
        account = org.AddAccount();
        org.User.Create(WonDeal(account, 300_000m, org.Clock.UtcNow));
        var second = org.User.Create(WonDeal(account, 300_000m, org.Clock.UtcNow));
        org.Drain();
        org.Clock.Advance(TimeSpan.FromDays(1));
        org.User.Delete(OpportunityColumns.Table, second);
        org.Clock.Advance(TimeSpan.FromDays(1));
        org.User.Create(WonDeal(account, 400_000m, org.Clock.UtcNow));
        jobs = org.Pipeline.PendingJobs.ToList();
        return org;
    }
}
