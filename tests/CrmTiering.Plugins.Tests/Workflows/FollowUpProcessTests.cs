using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmTiering.Plugins.Tests.Workflows.TieringOrganization;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>
/// The follow-up process end to end on the emulator's workflow host: a tier-change row is created
/// in the rep's operation and, for a slip or surge, flagged; the background process starts on the
/// flag (never on Create) and runs later as its owner.
/// </summary>
public class FollowUpProcessTests
{
    private const int High = 2;

    private readonly TieringOrganization _org = new TieringOrganization();
    private readonly TieringProcesses _processes;

    public FollowUpProcessTests() => _processes = new TieringProcesses(_org);

    [Fact]
    public void A_slip_creates_one_task_for_the_manager_as_the_process_owner()
    {
        var account = _org.AddAccount("Contoso");

        RecordChange(account, Tier1, Tier2, Tier1Slip);
        _processes.Pipeline.DrainAsyncQueue();

        var task = Tasks().Single();
        Assert.Equal("Tier 1 slip: Contoso moved from Tier 1 to Tier 2", task["subject"]);
        Assert.Equal(High, ((OptionSetValue)task["prioritycode"]).Value);
        Assert.Equal(AsOf.AddHours(24), (DateTime)task["scheduledend"]);
        Assert.Equal(_org.Manager, ((EntityReference)task["ownerid"]).Id);
        Assert.Equal(_org.ProcessOwner, ((EntityReference)task["createdby"]).Id);
        Assert.Equal(_org.ProcessOwner, _processes.Host.Runs.Single().UserId);
        Assert.Empty(_processes.Pipeline.FailedJobs);
    }

    [Fact]
    public void A_second_slip_while_the_task_is_open_updates_that_task()
    {
        var account = _org.AddAccount("Contoso");
        RecordChange(account, Tier1, Tier2, Tier1Slip);
        _processes.Pipeline.DrainAsyncQueue();

        RecordChange(account, Tier1, Tier3, Tier1Slip, calculatedOn: AsOf.AddDays(2));
        _processes.Pipeline.DrainAsyncQueue();

        var task = Tasks().Single();
        Assert.Contains("moved from Tier 1 to Tier 3", (string)task["description"]);
        Assert.Equal(AsOf.AddHours(24), (DateTime)task["scheduledend"]);
    }

    [Fact]
    public void A_surge_creates_a_normal_priority_task()
    {
        RecordChange(_org.AddAccount("Fabrikam"), Tier3, Tier1, Surge);
        _processes.Pipeline.DrainAsyncQueue();

        Assert.Equal(1, ((OptionSetValue)Tasks().Single()["prioritycode"]).Value);
    }

    [Theory]
    [InlineData(Initial, FromPlugin)]
    [InlineData(Promotion, FromPlugin)]
    [InlineData(Tier1Slip, FromBackfill)]
    public void Initial_promotion_and_backfill_rows_start_no_follow_up_job(int movement, int source)
    {
        RecordChange(_org.AddAccount("Contoso"), movement == Initial ? null : Tier1, Tier2, movement, source);
        _processes.Pipeline.DrainAsyncQueue();

        Assert.Empty(Tasks());
        Assert.Empty(_processes.Host.Runs);
    }

    [Fact]
    public void An_override_surge_starts_the_job_which_skips_the_task_step()
    {
        RecordChange(_org.AddAccount("Contoso"), Tier3, Tier1, Surge, FromOverride);
        _processes.Pipeline.DrainAsyncQueue();

        Assert.Empty(Tasks());
        Assert.Equal(new[] { TieringProcesses.CreateTask }, _processes.Host.Runs.Single().SkippedSteps);
    }

    [Fact]
    public void A_disabled_owner_and_manager_of_a_team_less_account_fall_back_to_the_policy_owner()
    {
        var fallback = _org.Organization.AddUser("Sales Desk");
        _org.SetPolicy(DefaultPolicyJson.TrimEnd('}') + ",\"fallbackOwner\":\"" + fallback + "\"}");
        var manager = _org.Organization.AddUser("Gone Manager", disabled: true);
        var rep = _org.Organization.AddUser("Left Rep", managerId: manager, disabled: true);

        RecordChange(_org.AddAccount("Contoso", new EntityReference("systemuser", rep)), Tier1, Tier2, Tier1Slip);
        _processes.Pipeline.DrainAsyncQueue();

        Assert.Equal(fallback, ((EntityReference)Tasks().Single()["ownerid"]).Id);
    }

    [Fact]
    public void Two_quick_opposite_moves_give_the_recorded_slip_its_task_whatever_order_the_jobs_run_in()
    {
        var account = _org.AddAccount("Contoso");
        RecordChange(account, Tier1, Tier2, Tier1Slip);
        RecordChange(account, Tier2, Tier1, Promotion, calculatedOn: AsOf.AddMinutes(5));
        RecordChange(account, Tier3, Tier1, Surge, calculatedOn: AsOf.AddMinutes(9));
        _org.Organization.SystemService.Update(new Entity("account", account) { ["ctier_tier"] = new OptionSetValue(Tier1) });

        _processes.Pipeline.DrainAsyncQueue(DrainOrder.Reverse);

        // The stored movement of each row, never a recomputation from the account's current tier.
        var movements = _processes.Host.Runs.Select(r => r.Output<OptionSetValue>(TieringProcesses.Evaluate, "Movement")!.Value).OrderBy(m => m);
        Assert.Equal(new[] { Tier1Slip, Surge }, movements);
        Assert.Equal(2, Tasks().Length);
    }

    [Fact]
    public void A_row_deleted_before_the_job_runs_fails_with_a_clear_message_and_creates_nothing()
    {
        var row = RecordChange(_org.AddAccount("Contoso"), Tier1, Tier2, Tier1Slip);
        _org.Organization.SystemService.Delete("ctier_tierchange", row);

        _processes.Pipeline.DrainAsyncQueue();

        Assert.Equal(string.Format(WorkflowMessages.TierChangeNotFound, row), _processes.Pipeline.FailedJobs.Single().Error);
        Assert.Empty(Tasks());
    }

    [Fact]
    public void The_quarterly_review_runs_on_demand_and_reports_the_flags()
    {
        var account = _org.Organization.Seed(new Entity("account")
        {
            ["name"] = "Contoso",
            ["ownerid"] = new EntityReference("systemuser", _org.Rep),
            ["ctier_tier"] = new OptionSetValue(Tier2),
            ["ctier_onboardingtier"] = new OptionSetValue(Tier1),
            ["ctier_highesttier"] = new OptionSetValue(Tier1),
        });

        _processes.Host.RunOnDemand(_processes.QuarterlyReview, new[] { new EntityReference("account", account) }, _org.Manager);
        _processes.Pipeline.DrainAsyncQueue();

        var run = _processes.Host.Runs.Single();
        Assert.True(run.Output<bool>(TieringProcesses.Review, "BelowPeak"));
        Assert.True(run.Output<bool>(TieringProcesses.Review, "BelowOnboarding"));
        Assert.NotNull(_org.Organization.Peek("account", account)!.GetAttributeValue<DateTime?>("ctier_lastreviewedon"));
    }

    /// <summary>
    /// RecordTierChange's write, made in the rep's operation (the rep's change caused it): as SYSTEM,
    /// the plug-in's CreateOrganizationService(null), since no user role may create history rows.
    /// </summary>
    private Guid RecordChange(Guid account, int? from, int to, int movement, int source = FromPlugin, DateTime? calculatedOn = null)
    {
        var system = _org.Organization.CreateService(new CallerContext(_org.Organization.SystemUserId, isSystem: true) { InitiatingUserId = _org.Rep });
        var id = system.Create(TierChange(account, from, to, movement, source, calculatedOn));
        if (RecordTierChange.StartsFollowUp((TierMovement)movement, (MovementSource)source))
        {
            // The follow-up process starts on this update, never on Create.
            system.Update(new Entity("ctier_tierchange", id) { ["ctier_needsfollowup"] = true });
        }

        return id;
    }

    private Entity[] Tasks() => _org.Organization.SystemService.RetrieveMultiple(new QueryExpression("task")
    {
        ColumnSet = new ColumnSet("subject", "description", "prioritycode", "scheduledend", "ownerid", "createdby"),
    }).Entities.ToArray();
}
