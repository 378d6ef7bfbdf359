using System;
using System.Linq;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.CustomApi;
using Microsoft.Xrm.Sdk;
using static CrmTiering.Plugins.Tests.EndToEnd.SalesFloor;

namespace CrmTiering.Plugins.Tests.EndToEnd;

/// <summary>
/// A slip no event announces: a Tier 1 account's only deal ages out of the revenue window. Once the clock
/// passes the account's next evaluation date, the Due sweep — run by a user holding the shipped Tiering
/// Administrator role — recalculates it, and the follow-up process gives the owner's manager one task.
/// </summary>
public sealed class QuietSlipSweepTests
{
    [Fact]
    public void A_Tier_1_account_whose_only_deal_ages_out_is_found_by_the_Due_sweep_and_its_owners_manager_gets_one_task()
    {
        // Given a Tier 1 account carried by one deal won today (its surge task already handled by the manager)
        var floor = new SalesFloor();
        var account = floor.CreateAccount("Contoso");
        floor.WinDeal(account, 600_000m);
        Assert.Equal(Tier1, floor.Org.TierOf(account));
        floor.CompleteTasks(account);
        var wonOn = floor.Org.Clock.UtcNow.Date;

        // When the clock moves past the 12-month window (the deal no longer counts) and the administrator's Due sweep runs
        floor.Org.Clock.Set(wonOn.AddMonths(12).AddDays(1).AddHours(9));
        Assert.True(floor.Org.Account(account).GetAttributeValue<DateTime>(AccountColumns.NextEvaluationOn) <= floor.Org.Clock.UtcNow);
        var mark = floor.Org.Org.Calls.Mark();
        var pages = floor.SweepDue();
        floor.Org.Drain();

        // Then the sweep processed and changed the one account, the slip is recorded, and one High task reached the manager
        Assert.Equal(1, pages.Sum(p => (int)p[RecalculateTiersApi.Processed]!));
        Assert.Equal(1, pages.Sum(p => (int)p[RecalculateTiersApi.Changed]!));
        WonDealToManagerTaskTests.AssertSlipTask(floor, account);

        // And the costs are exact: the sweep's page (policy, accounts, then one probe per grouped query — won by parent
        // account, won by customer, paid, completed activities —, each empty, so no aggregate runs) and its one write;
        // RecordTierChange's row and flag; one WhoAmI per protection step
        Assert.Equal(
            new[] { "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "Update" },
            floor.MessagesBy(TierSweep.Origin, mark));
        WonDealToManagerTaskTests.AssertHistoryCosts(floor, mark);
    }
}
