using System;
using System.Linq;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Recalculation;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>What a page costs, where the budget stops it, an account over the probe, and a repeated page.</summary>
public sealed class PageSweepTests
{
    /// <summary>Policy, the page, and per revenue kind a probe (plus its aggregate when the probe found rows).</summary>
    private const int ReadsForAPageWithWonDealsOnly = 7;

    private static (TieringOrganization Org, Guid[] Accounts) Org(int accounts)
    {
        var org = new TieringOrganization();
        var ids = Enumerable.Range(1, accounts).Select(i =>
        {
            var account = org.AddAccount($"Account {i}");
            org.Org.Seed(TieringOrganization.WonOpportunity(account, 100_000m * i, new DateTime(2025, 1, 1).AddDays(i)));
            return account;
        }).ToArray();
        return (org, ids);
    }

    /// <summary>
    /// A sweep whose clock is its work: each account it writes counts 15 s, so a 45 s budget is spent after
    /// <paramref name="accounts"/> × 15 s (no wall clock involved). A fresh budget per call, as in production.
    /// </summary>
    private static void BudgetOf(TieringOrganization org, int accounts)
    {
        var api = org.Solution.CustomApis.Single(a => a.UniqueName == RecalculateTiersApi.UniqueName);
        org.Pipeline.RegisterCustomApi(api.WithPlugin(() => new RecalculateTiers(() =>
        {
            var start = org.Org.Calls.Mark();
            return new SweepBudget(TimeSpan.FromSeconds(15 * accounts), () => TimeSpan.FromSeconds(15 * org.CallsBy(TierSweep.Origin, start).Count(c => c.Message == "Update")));
        })));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_page_of_small_accounts_costs_the_same_reads_whatever_its_size(int accounts)
    {
        var (org, ids) = Org(accounts);
        var mark = org.Org.Calls.Mark();

        var result = new TierSweep(org).Call("All");

        var calls = org.CallsBy(TierSweep.Origin, mark);
        Assert.Equal(accounts, result[RecalculateTiersApi.Processed]);
        Assert.Equal(ReadsForAPageWithWonDealsOnly, calls.Count(c => c.Message is not ("Update" or "Create")));
        Assert.Equal(accounts, calls.Count(c => c.Message == "Update"));
        Assert.All(ids, id => Assert.NotNull(org.TierOf(id)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public void A_backfill_page_reads_each_replayed_date_once_for_all_its_accounts(int accounts)
    {
        // Given accounts whose only deals closed in January 2025, backfilled from 1 January 2024 on 1 March 2025
        var (org, _) = Org(accounts);
        var mark = org.Org.Calls.Mark();

        new TierSweep(org).Call("Backfill", from: new DateTime(2024, 1, 1));

        // Then: policy and page; at the four 2024 quarter ends three probes finding nothing (won by parent,
        // won by customer, paid); at now the won-by-parent probe and its aggregate too; one query for the
        // page's history rows already written (the de-duplication of repeated rows)
        var reads = org.CallsBy(TierSweep.Origin, mark).Count(c => c.Message is not ("Update" or "Create"));
        Assert.Equal(2 + (4 * 3) + 4 + 1, reads);
    }

    [Fact]
    public void Repeating_a_page_reads_the_same_and_writes_nothing()
    {
        var (org, ids) = Org(5);
        var sweep = new TierSweep(org);
        sweep.Call("All");
        var columns = ids.Select(id => org.Account(id).GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn)).ToArray();
        var rows = ids.Sum(id => org.History(id).Count);
        var mark = org.Org.Calls.Mark();

        var again = sweep.Call("All");

        Assert.Equal(0, again[RecalculateTiersApi.Changed]);
        Assert.Equal(ReadsForAPageWithWonDealsOnly, org.CallsBy(TierSweep.Origin, mark).Count);
        Assert.Equal(columns, ids.Select(id => org.Account(id).GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn)));
        Assert.Equal(rows, ids.Sum(id => org.History(id).Count));
    }

    [Fact]
    public void The_budget_stops_the_call_at_a_finished_account_and_the_cookie_resumes_after_it()
    {
        // Given seven accounts and a budget spent after three accounts per call
        var (org, ids) = Org(7);
        BudgetOf(org, 3);
        var sweep = new TierSweep(org);

        // When the sweep runs to the end
        var pages = sweep.Run("All");

        // Then each call stops after three accounts with MoreRecords, the last one finishes the page
        Assert.Equal(new[] { 3, 3, 1 }, pages.Select(p => (int)p[RecalculateTiersApi.Processed]!));
        Assert.Equal(new[] { true, true, false }, pages.Select(p => (bool)p[RecalculateTiersApi.MoreRecords]!));
        Assert.All(ids, id => Assert.NotNull(org.TierOf(id)));
        Assert.Equal(ids.Length, pages.Sum(p => (int)p[RecalculateTiersApi.Changed]!));
    }

    [Fact]
    public void A_spent_budget_still_finishes_one_account_so_the_sweep_moves_on()
    {
        var (org, ids) = Org(2);
        BudgetOf(org, 0);

        var pages = new TierSweep(org).Run("All");

        Assert.Equal(new[] { 1, 1 }, pages.Select(p => (int)p[RecalculateTiersApi.Processed]!));
        Assert.All(ids, id => Assert.NotNull(org.TierOf(id)));
    }

    [Fact]
    public void An_account_over_the_probe_is_queued_and_the_page_never_meets_the_cap_in_its_transaction()
    {
        // Given a small account and one with 60 000 won deals (over the 50 000-row aggregate cap)
        var (org, ids) = Org(1);
        var large = org.AddAccount("Large");
        for (var i = 0; i < 60_000; i++)
        {
            org.Org.Seed(TieringOrganization.WonOpportunity(large, 10m, new DateTime(2024, 6, 1).AddDays(i % 250)));
        }

        var mark = org.Org.Calls.Mark();

        // When All runs
        var result = new TierSweep(org).Call("All");

        // Then the small account is tiered in the call, the large one queued, and no call of the sweep faulted
        Assert.Equal(2, result[RecalculateTiersApi.Processed]);
        Assert.Equal(1, result[RecalculateTiersApi.Queued]);
        Assert.NotNull(org.TierOf(ids[0]));
        Assert.Null(org.TierOf(large));
        Assert.DoesNotContain(org.CallsBy(TierSweep.Origin, mark), c => c.Failed);

        // And the background job, outside any transaction, slices the dates and tiers it
        org.Drain();
        Assert.Equal(StoredTier.Tier1, org.TierOf(large));
    }
}
