using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using static CrmTiering.Plugins.Tests.EndToEnd.SalesFloor;

namespace CrmTiering.Plugins.Tests.EndToEnd;

/// <summary>
/// From a rep's action to the manager's task, through exactly the registrations the zip ships: the event →
/// the asynchronous recalculation (the opportunityclose Create step for Win and Lose) → RecordTierChange's
/// history row and follow-up flag → the "Tier follow-up" process → one task for the owner's manager.
/// The plug-ins' service calls are counted exactly: 4 reads (account, policy, won and paid sums; a fifth,
/// the pipeline sum, when the policy weights the pipeline) + 1 update by the recalculation, 1 Create +
/// 1 follow-up flag Update by RecordTierChange, one WhoAmI in each protected write SYSTEM makes (the account
/// Update; the history Create and the flag Update: only the follow-up link is open to other callers).
/// </summary>
public sealed class WonDealToManagerTaskTests
{
    private static readonly string[] Recalculation = { "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "Update" };
    private static readonly string[] RecalculationWithPipeline = { "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "RetrieveMultiple", "Update" };
    private static readonly string[] HistoryWithFlag = { "Create", "Update" };

    [Fact]
    public void A_won_deal_that_lifts_a_small_account_to_Tier_1_gives_its_owners_manager_one_normal_task()
    {
        // Given a small account: created by the rep, classified Tier 3 (Initial: a history row, no task)
        var floor = new SalesFloor();
        var account = floor.CreateAccount("Fabrikam");
        Assert.Equal(Tier3, floor.Org.TierOf(account));
        Assert.Equal(new[] { Initial }, floor.Org.History(account).Select(Movement));
        Assert.Empty(floor.TasksFor(account));

        // When the rep wins a deal worth 610 000 (≥ 500 000 × 1.1)
        var deal = floor.OpenDeal(account, 610_000m);
        floor.Org.Clock.Advance(TimeSpan.FromHours(1));
        var sequenceBefore = floor.Org.Pipeline.FinishedJobs.Max(j => j.Sequence);
        var mark = floor.Org.Org.Calls.Mark();
        floor.Org.Win(deal, 610_000m, floor.RepService);
        floor.Org.Drain();

        // Then the account is Tier 1, one Surge row records it, and the manager has one Normal task about it
        Assert.Equal(Tier1, floor.Org.TierOf(account));
        var surge = floor.Org.History(account).Last();
        Assert.Equal(Surge, Movement(surge));
        Assert.Equal(Tier3, surge.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier).Value);
        var task = Assert.Single(floor.TasksFor(account));
        Assert.Equal(floor.Manager, task.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(NormalPriority, task.GetAttributeValue<OptionSetValue>("prioritycode").Value);
        AssertCosts(floor, mark);

        // And the recalculation came from the shipped opportunityclose Create step (the zip ships no Win step)
        var jobs = floor.Org.Pipeline.FinishedJobs.Where(j => j.Sequence > sequenceBefore).ToList();
        Assert.Contains(jobs, j => j.MessageName == "Create" && j.PrimaryEntityName == "opportunityclose");
        Assert.DoesNotContain(jobs, j => j.MessageName == "Win");
    }

    [Fact]
    public void A_Tier_1_account_whose_pipeline_deal_is_lost_gives_its_owners_manager_one_high_priority_task()
    {
        // Given a policy that counts the weighted pipeline, and a Tier 1 account carried by one sure open deal
        // (its surge task already handled by the manager)
        var floor = new SalesFloor(PipelinePolicy);
        var account = floor.CreateAccount("Contoso");
        var deal = floor.OpenDeal(account, 600_000m, probability: 100);
        Assert.Equal(Tier1, floor.Org.TierOf(account));
        floor.CompleteTasks(account);

        // When the rep loses the deal (the LoseOpportunity message)
        var mark = floor.Org.Org.Calls.Mark();
        floor.Org.Lose(deal);
        floor.Org.Drain();

        // Then the account slips out of Tier 1 and the manager has one High task
        AssertSlipTask(floor, account);
        AssertCosts(floor, mark, RecalculationWithPipeline);
    }

    [Fact]
    public void A_Tier_1_account_whose_won_deal_is_reopened_gives_its_owners_manager_one_high_priority_task()
    {
        // Given a Tier 1 account carried by one won deal (its surge task already handled by the manager)
        var (floor, account, deal) = TierOneOnOneWonDeal();

        // When the rep reopens the deal (back to Open: it no longer counts as won)
        var mark = floor.Org.Org.Calls.Mark();
        floor.RepService.Update(new Entity(OpportunityColumns.Table, deal)
        {
            [OpportunityColumns.State] = new OptionSetValue(0),
            [OpportunityColumns.Status] = new OptionSetValue(1),
        });
        floor.Org.Drain();

        // Then the slip reaches the manager as one High task
        AssertSlipTask(floor, account);
        AssertCosts(floor, mark);
    }

    [Fact]
    public void A_Tier_1_account_whose_won_deal_is_deleted_gives_its_owners_manager_one_high_priority_task()
    {
        // Given a Tier 1 account carried by one won deal (its surge task already handled by the manager)
        var (floor, account, deal) = TierOneOnOneWonDeal();

        // When the rep deletes the deal
        var mark = floor.Org.Org.Calls.Mark();
        floor.RepService.Delete(OpportunityColumns.Table, deal);
        floor.Org.Drain();

        // Then the slip reaches the manager as one High task
        AssertSlipTask(floor, account);
        AssertCosts(floor, mark);
    }

    /// <summary>DESIGN's defaults with the weighted pipeline counted in full.</summary>
    private const string PipelinePolicy =
        "{\"pipelineWeight\":1,\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000,\"responseHours\":24,\"contactEveryDays\":30},"
        + "{\"name\":\"Tier 2\",\"minRevenue\":100000,\"responseHours\":36,\"contactEveryDays\":60},"
        + "{\"name\":\"Tier 3\",\"minRevenue\":0,\"responseHours\":48,\"contactEveryDays\":90}]}";

    private static int Movement(Entity row) => row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement).Value;

    internal static void AssertSlipTask(SalesFloor floor, Guid account)
    {
        Assert.Equal(Tier3, floor.Org.TierOf(account));
        var slip = floor.Org.History(account).Last();
        Assert.Equal(Tier1Slip, Movement(slip));
        Assert.Equal(Tier1, slip.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier).Value);
        var task = Assert.Single(floor.OpenTasksFor(account));
        Assert.Equal(floor.Manager, task.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(HighPriority, task.GetAttributeValue<OptionSetValue>("prioritycode").Value);
    }

    /// <summary>A Tier 1 account carried by one won deal, its surge task already completed by the manager.</summary>
    private static (SalesFloor Floor, System.Guid Account, System.Guid Deal) TierOneOnOneWonDeal()
    {
        var floor = new SalesFloor();
        var account = floor.CreateAccount("Contoso");
        var deal = floor.WinDeal(account, 600_000m);
        Assert.Equal(Tier1, floor.Org.TierOf(account));
        floor.CompleteTasks(account);
        return (floor, account, deal);
    }

    /// <summary>Exactly the recalculation's 4 reads + 1 update, the history row and its flag, one WhoAmI per protection step run.</summary>
    private static void AssertCosts(SalesFloor floor, Emulator.Calls.CallMark mark, string[]? recalculation = null)
    {
        Assert.Equal(recalculation ?? Recalculation, floor.MessagesBy(TieringOrganization.RecalculationOrigin, mark));
        Assert.All(floor.Org.CallsBy(TieringOrganization.RecalculationOrigin, mark), c => Assert.True(c.IsSystem));
        AssertHistoryCosts(floor, mark);
    }

    /// <summary>RecordTierChange's row and flag, and one WhoAmI per protected SYSTEM write (account; history row and flag).</summary>
    internal static void AssertHistoryCosts(SalesFloor floor, Emulator.Calls.CallMark mark)
    {
        Assert.Equal(HistoryWithFlag, floor.MessagesBy(TieringOrganization.HistoryOrigin, mark));
        Assert.Equal(new[] { "WhoAmI" }, floor.MessagesBy(ProtectAccountOrigin, mark));
        Assert.Equal(new[] { "WhoAmI", "WhoAmI" }, floor.MessagesBy(ProtectHistoryOrigin, mark));
    }
}
