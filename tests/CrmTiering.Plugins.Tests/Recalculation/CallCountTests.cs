using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// Constant cost, counted from the emulator's call log for the plug-ins' origins: reading the account,
/// the policy, won and paid aggregates = 4 calls when nothing changes; one Update more when something
/// does, plus RecordTierChange's Create when the tier moves = 6; and one WhoAmI in each protection step
/// the SYSTEM writes pass through (account, history) = 8 in all.
/// </summary>
public sealed class CallCountTests
{
    private const int Tier1 = 512000000;
    private const int Tier2 = 512000001;

    [Theory]
    [InlineData(10)]
    [InlineData(40_000)]
    public void An_event_that_changes_nothing_costs_four_calls_whatever_the_history(int historyRows)
    {
        // Given an account with a long, already-evaluated history
        var org = new TieringOrganization();
        var account = org.AddAccount();
        SeedWonHistory(org, account, historyRows, totalValue: 300_000m);
        org.CreateOpenOpportunity(account, 1_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(account));

        // When another open opportunity arrives (pipeline weight 0: revenue unchanged)
        var mark = org.Org.Calls.Mark();
        org.CreateOpenOpportunity(account, 2_000m);
        org.Drain();

        // Then the recalculation read 4 times, wrote nothing, and no history row was written
        var calls = org.CallsBy(TieringOrganization.RecalculationOrigin, mark);
        Assert.Equal(new[] { "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple" }, calls.Select(c => c.Message));
        Assert.All(calls, c => Assert.True(c.IsSystem));
        Assert.All(calls, c => Assert.False(c.AllColumns));
        Assert.Empty(org.CallsBy(TieringOrganization.HistoryOrigin, mark));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40_000)]
    public void An_event_that_moves_the_tier_costs_six_calls_whatever_the_history(int historyRows)
    {
        // Given a Tier 2 account with a long history
        var org = new TieringOrganization();
        var account = org.AddAccount();
        SeedWonHistory(org, account, historyRows, totalValue: 300_000m);
        var deal = org.CreateOpenOpportunity(account, 400_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(account));

        // When the big deal is won (300 000 + 400 000 ≥ 500 000 × 1.1)
        var mark = org.Org.Calls.Mark();
        org.Win(deal, 400_000m);
        org.Drain();

        // Then 4 reads + 1 update by the recalculation and 1 history row by RecordTierChange
        Assert.Equal(Tier1, org.TierOf(account));
        var recalculation = org.CallsBy(TieringOrganization.RecalculationOrigin, mark);
        var history = org.CallsBy(TieringOrganization.HistoryOrigin, mark);
        Assert.Equal(new[] { "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "Update" }, recalculation.Select(c => c.Message));
        Assert.Equal(new[] { "Create" }, history.Select(c => c.Message));
        Assert.Equal(6, recalculation.Count + history.Count);

        // And each protection step asks WhoAmI once: SYSTEM is known by id, read only when a rejection is at stake
        Assert.Equal(new[] { "WhoAmI" }, org.CallsBy(typeof(CrmTiering.Plugins.Protection.ProtectComputedTierColumns).FullName!, mark).Select(c => c.Message));
        Assert.Equal(new[] { "WhoAmI" }, org.CallsBy(typeof(CrmTiering.Plugins.Protection.ProtectTierHistory).FullName!, mark).Select(c => c.Message));
        Assert.Equal(8, org.Org.Calls.Since(mark).Count(c => c.Origin != CrmTiering.Emulator.CallerContext.ClientOrigin));
    }

    [Fact]
    public void Over_the_aggregate_cap_the_window_is_halved_until_each_slice_fits()
    {
        // Given 120 000 won deals spread evenly over the 365 days of the window
        var org = new TieringOrganization();
        var account = org.AddAccount();
        SeedWonHistory(org, account, 120_000, totalValue: 120_000m);
        var mark = org.Org.Calls.Mark();

        // When an event recalculates the account
        org.CreateOpenOpportunity(account, 1_000m);
        org.Drain();

        // Then the won sum needed 1 failed query over 365 days, 2 failed halves (~60 000 rows each)
        // and 4 quarters (~30 000 rows each): 7; plus the account, the policy, the paid sum and the write.
        var calls = org.CallsBy(TieringOrganization.RecalculationOrigin, mark);
        var wonQueries = calls.Where(c => c.Table == OpportunityColumns.Table).ToList();
        Assert.Equal(7, wonQueries.Count);
        Assert.Equal(3, wonQueries.Count(c => c.FaultCode == PlatformErrorCodes.AggregateQueryRecordLimitExceeded));
        Assert.Equal(11, calls.Count);
        Assert.Equal(120_000m, org.Base(account, AccountColumns.WonRevenue));
    }

    /// <summary>Won deals worth <paramref name="totalValue"/> in all, one per day back from the start, cycling over 365 days.</summary>
    private static void SeedWonHistory(TieringOrganization org, Guid account, int rows, decimal totalValue)
    {
        var each = totalValue / rows;
        org.Org.Seed(Enumerable.Range(0, rows).Select(i =>
            TieringOrganization.WonOpportunity(account, each, TieringOrganization.Start.Date.AddDays(-(i % 365)))));
    }
}
