using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;
using static CrmTiering.Plugins.Tests.Workflows.TieringOrganization;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>CreateTierFollowUpTask run directly: R14's task, owner ladder, repeat rule and identity.</summary>
public class CreateTierFollowUpTaskTests
{
    private const int High = 2;
    private const int Normal = 1;

    private readonly TieringOrganization _org = new TieringOrganization();

    [Fact]
    public void A_slip_creates_one_task_for_the_owners_manager_with_subject_priority_and_due()
    {
        var account = _org.AddAccount("Contoso");
        var row = _org.AddTierChange(account, Tier1, Tier2, Tier1Slip);

        var task = Run(row);

        var stored = Tasks().Single();
        Assert.Equal(task.Id, stored.Id);
        Assert.Equal("Tier 1 slip: Contoso moved from Tier 1 to Tier 2", stored["subject"]);
        Assert.Equal(High, ((OptionSetValue)stored["prioritycode"]).Value);
        Assert.Equal(AsOf.AddHours(24), (DateTime)stored["scheduledend"]);
        Assert.Equal(_org.Manager, ((EntityReference)stored["ownerid"]).Id);
        Assert.Equal(account, ((EntityReference)stored["regardingobjectid"]).Id);
        Assert.Contains("Effective revenue fell below the threshold.", (string)stored["description"]);
        Assert.Equal(task.Id, ((EntityReference)_org.Organization.Peek("ctier_tierchange", row)!["ctier_followuptaskid"]).Id);
    }

    [Fact]
    public void The_task_is_created_by_the_process_owner_not_by_the_rep()
    {
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), Tier1, Tier2, Tier1Slip);

        Run(row);

        var createdBy = ((EntityReference)Tasks().Single()["createdby"]).Id;
        Assert.Equal(_org.ProcessOwner, createdBy);
        Assert.NotEqual(_org.Rep, createdBy);
    }

    [Fact]
    public void A_second_slip_while_the_task_is_open_updates_it_keeping_the_earlier_due_and_the_higher_priority()
    {
        var account = _org.AddAccount("Contoso");
        var first = Run(_org.AddTierChange(account, Tier1, Tier2, Tier1Slip));
        var secondRow = _org.AddTierChange(account, Tier1, Tier3, Tier1Slip, calculatedOn: AsOf.AddDays(3));

        var second = Run(secondRow);

        var stored = Tasks().Single();
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(AsOf.AddHours(24), (DateTime)stored["scheduledend"]);
        Assert.Equal(High, ((OptionSetValue)stored["prioritycode"]).Value);
        var description = (string)stored["description"];
        Assert.Contains("moved from Tier 1 to Tier 2", description);
        Assert.Contains("moved from Tier 1 to Tier 3", description);
        Assert.True(description.IndexOf("Tier 2", StringComparison.Ordinal) < description.IndexOf("Tier 3", StringComparison.Ordinal));
        Assert.Equal(first.Id, ((EntityReference)_org.Organization.Peek("ctier_tierchange", secondRow)!["ctier_followuptaskid"]).Id);
    }

    [Fact]
    public void A_slip_after_the_earlier_task_was_completed_gets_a_new_task()
    {
        var account = _org.AddAccount("Contoso");
        var first = Run(_org.AddTierChange(account, Tier1, Tier2, Tier1Slip));
        _org.Organization.SystemService.Update(new Entity("task", first.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

        var second = Run(_org.AddTierChange(account, Tier1, Tier2, Tier1Slip, calculatedOn: AsOf.AddDays(10)));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, Tasks().Count);
    }

    [Fact]
    public void A_surge_task_has_normal_priority_and_the_better_tiers_response_time()
    {
        var account = _org.AddAccount("Fabrikam");

        Run(_org.AddTierChange(account, Tier3, Tier1, Surge));

        var stored = Tasks().Single();
        Assert.Equal("Surge: Fabrikam moved from Tier 3 to Tier 1", stored["subject"]);
        Assert.Equal(Normal, ((OptionSetValue)stored["prioritycode"]).Value);
        Assert.Equal(AsOf.AddHours(24), (DateTime)stored["scheduledend"]);
    }

    [Fact]
    public void An_open_slip_task_does_not_absorb_a_surge_of_the_same_account()
    {
        var account = _org.AddAccount("Contoso");
        var slip = Run(_org.AddTierChange(account, Tier1, Tier3, Tier1Slip));

        var surge = Run(_org.AddTierChange(account, Tier3, Tier1, Surge, calculatedOn: AsOf.AddDays(1)));

        Assert.NotEqual(slip.Id, surge.Id);
        Assert.Equal(2, Tasks().Count);
    }

    [Theory]
    [InlineData(Initial, FromPlugin)]
    [InlineData(Promotion, FromPlugin)]
    [InlineData(Tier1Slip, FromBackfill)]
    [InlineData(Tier1Slip, FromOverride)]
    public void Movements_that_need_no_task_create_nothing(int movement, int source)
    {
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), movement == Initial ? null : Tier1, Tier2, movement, source);

        var outputs = Invoke(row);

        Assert.Null(outputs["FollowUpTask"]);
        Assert.Empty(Tasks());
    }

    [Fact]
    public void A_disabled_manager_passes_the_task_to_the_owning_user()
    {
        var manager = _org.Organization.AddUser("Gone Manager", disabled: true);
        var rep = _org.Organization.AddUser("Ria Rep", managerId: manager);
        var row = _org.AddTierChange(_org.AddAccount("Contoso", new EntityReference("systemuser", rep)), Tier1, Tier2, Tier1Slip);

        Run(row);

        Assert.Equal(rep, ((EntityReference)Tasks().Single()["ownerid"]).Id);
    }

    [Fact]
    public void A_team_owned_account_gives_the_task_to_the_team()
    {
        var team = _org.Organization.AddTeam("Key accounts");
        var row = _org.AddTierChange(_org.AddAccount("Contoso", new EntityReference("team", team)), Tier1, Tier2, Tier1Slip);

        Run(row);

        var owner = (EntityReference)Tasks().Single()["ownerid"];
        Assert.Equal(("team", team), (owner.LogicalName, owner.Id));
    }

    [Fact]
    public void A_disabled_owner_without_an_enabled_manager_falls_back_to_the_policys_fallback_owner()
    {
        var fallback = _org.Organization.AddUser("Sales Desk");
        _org.SetPolicy(DefaultPolicyJson.TrimEnd('}') + ",\"fallbackOwner\":\"" + fallback + "\"}");
        var rep = _org.Organization.AddUser("Left Rep", disabled: true);
        var row = _org.AddTierChange(_org.AddAccount("Contoso", new EntityReference("systemuser", rep)), Tier1, Tier2, Tier1Slip);

        Run(row);

        Assert.Equal(fallback, ((EntityReference)Tasks().Single()["ownerid"]).Id);
    }

    [Fact]
    public void Nobody_to_assign_creates_no_task_and_says_why_in_the_trace()
    {
        var rep = _org.Organization.AddUser("Left Rep", disabled: true);
        var row = _org.AddTierChange(_org.AddAccount("Contoso", new EntityReference("systemuser", rep)), Tier1, Tier2, Tier1Slip);
        var run = new ActivityRun(_org.Organization, _org.ProcessOwner, _org.Rep);

        var outputs = run.Invoke(new CreateTierFollowUpTask(), "TierChange", new EntityReference("ctier_tierchange", row));

        Assert.Null(outputs["FollowUpTask"]);
        Assert.Empty(Tasks());
        Assert.Contains(run.Tracing.Lines, line => line.Contains("no task created"));
    }

    [Fact]
    public void A_fallback_owner_that_is_not_a_user_id_is_a_clear_error()
    {
        _org.SetPolicy(DefaultPolicyJson.TrimEnd('}') + ",\"fallbackOwner\":\"sales desk\"}");
        var rep = _org.Organization.AddUser("Left Rep", disabled: true);
        var row = _org.AddTierChange(_org.AddAccount("Contoso", new EntityReference("systemuser", rep)), Tier1, Tier2, Tier1Slip);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Invoke(row));

        Assert.Equal(string.Format(WorkflowMessages.FallbackOwnerNotAUser, "sales desk"), thrown.Message);
        Assert.Empty(Tasks());
    }

    [Fact]
    public void Running_again_for_the_same_row_changes_nothing()
    {
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), Tier1, Tier2, Tier1Slip);
        var first = Run(row);
        var description = (string)Tasks().Single()["description"];

        var again = Run(row);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(description, (string)Tasks().Single()["description"]);
    }

    [Fact]
    public void A_missing_row_is_a_clear_error_and_creates_nothing()
    {
        var missing = Guid.NewGuid();

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Invoke(missing));

        Assert.Equal(string.Format(WorkflowMessages.TierChangeNotFound, missing), thrown.Message);
        Assert.Empty(Tasks());
    }

    [Fact]
    public void No_row_given_is_a_clear_error()
    {
        var run = new ActivityRun(_org.Organization, _org.ProcessOwner, _org.Rep);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => run.Invoke(new CreateTierFollowUpTask(), "TierChange", null));

        Assert.Equal(string.Format(WorkflowMessages.TierChangeNotGiven, nameof(CreateTierFollowUpTask)), thrown.Message);
    }

    private EntityReference Run(Guid row) =>
        (EntityReference)Invoke(row)["FollowUpTask"] ?? throw new InvalidOperationException("no task was returned");

    private IDictionary<string, object> Invoke(Guid row) =>
        new ActivityRun(_org.Organization, _org.ProcessOwner, _org.Rep)
            .Invoke(new CreateTierFollowUpTask(), "TierChange", new EntityReference("ctier_tierchange", row));

    private List<Entity> Tasks()
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("task")
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("subject", "description", "prioritycode", "scheduledend", "ownerid", "regardingobjectid", "createdby", "statecode"),
        };
        return _org.Organization.SystemService.RetrieveMultiple(query).Entities.ToList();
    }
}
