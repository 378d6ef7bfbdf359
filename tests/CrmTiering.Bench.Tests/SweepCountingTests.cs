using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Bench.Sweep;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Calls;
using CrmTiering.Plugins;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Recalculation;

namespace CrmTiering.Bench.Tests;

/// <summary>
/// The sweep benchmark's figures are the emulator's call log, counted right: on a tiny org (20 accounts,
/// one too large for a transaction) every figure the driver reports equals what the whole log says.
/// </summary>
public sealed class SweepCountingTests
{
    private const int Accounts = 20;
    private const int PageSize = 7;

    /// <summary>One account with more won deals in the window than a probe can prove small: it is queued.</summary>
    private static readonly SpreadShape Tiny = new(LargeAccounts: 1, OverCapAccounts: 0, LargeWonRows: (5_100, 5_200));

    [Theory]
    [InlineData(SweepPath.Page)]
    [InlineData(SweepPath.PerAccount)]
    public void Every_reported_figure_equals_the_call_log(SweepPath path)
    {
        var org = SweptOrganization.Build(Accounts, seed: 7, path, Tiny);
        var driver = new SweepDriver(org, path, keepLog: true);
        var sweepOrigin = (path == SweepPath.Page ? typeof(RecalculateTiers) : typeof(PerAccountSweep)).FullName!;

        var all = Measured(org, () => driver.Run(RecalculationMode.All, pageSize: PageSize), out var allLog);
        org.Clock.Set(SweptOrganization.Start.AddMonths(3));
        var due = Measured(org, () => driver.Run(RecalculationMode.Due, pageSize: PageSize), out var dueLog);
        var backfill = Measured(org, () => driver.Run(RecalculationMode.Backfill, SweepCommand.BackfillFrom(org.Clock.UtcNow), PageSize), out var backfillLog);

        foreach (var (cost, log) in new[] { (all, allLog), (due, dueLog), (backfill, backfillLog) })
        {
            var plugins = log.Where(call => call.Origin != CallerContext.ClientOrigin).ToList();
            Assert.Equal(log.Count(call => call.Origin == CallerContext.ClientOrigin && call.Message == RecalculateTiersApi.UniqueName), cost.Pages);
            Assert.Equal(plugins.Count, cost.Calls);
            Assert.Equal(plugins.Count(call => call.Message is "Create" or "Update" or "Delete"), cost.Writes);
            Assert.Equal(plugins.Count(call => call.Failed), cost.Faults);
            Assert.Equal(plugins.Count, cost.ByOrigin.Values.Sum());
            Assert.Equal((cost.Calls - cost.Writes) / (double)cost.Accounts, cost.CallsPerAccount);
            Assert.Contains(plugins, call => call.Origin == sweepOrigin);

            // The queued account's recalculation is drained and counted among the calls.
            var queuedJob = plugins.Count(call => call.Origin == typeof(RecalculateQueuedAccount).FullName);
            Assert.Equal(1, cost.Queued);
            Assert.True(queuedJob > 0 && cost.AsyncCalls >= queuedJob, $"{cost.Mode}: async {cost.AsyncCalls}, queued job {queuedJob}");
        }

        // All and Backfill go through every account, in ⌈20 / 7⌉ pages; All writes every account (none had a tier).
        Assert.Equal((Accounts, 3), (all.Accounts, all.Pages));
        Assert.Equal((Accounts, 3), (backfill.Accounts, backfill.Pages));
        Assert.True(allLog.Count(call => call.Message == "Update" && call.Table == "account" && call.Origin != CallerContext.ClientOrigin) >= Accounts);
        Assert.Contains($"accounts {Accounts}, pages 3, calls {all.Calls}, writes {all.Writes}, ", all.Line());
    }

    [Fact]
    public void Both_paths_leave_the_same_stored_result_on_the_same_seeded_org()
    {
        var outcomes = new[] { SweepPath.Page, SweepPath.PerAccount }.Select(path =>
        {
            var org = SweptOrganization.Build(Accounts, seed: 11, path, Tiny);
            SweepCommand.Sweeps(org, path, PageSize, keepLog: false);
            return StoredOutcome.Of(org);
        }).ToList();

        Assert.Equal(0, outcomes[0].Differences(outcomes[1]));
    }

    private static SweepCost Measured(SweptOrganization org, Func<SweepCost> sweep, out IReadOnlyList<CallRecord> log)
    {
        var mark = org.Org.Calls.Mark();
        var cost = sweep();
        log = org.Org.Calls.Since(mark);
        return cost;
    }
}
