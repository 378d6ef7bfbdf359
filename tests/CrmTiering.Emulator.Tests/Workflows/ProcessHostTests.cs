using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Workflows;

public class ProcessHostTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly EventPipeline _pipeline;
    private readonly ProcessHost _host;
    private readonly Guid _owner;

    public ProcessHostTests()
    {
        _pipeline = EventPipeline.Attach(_org);
        _host = new ProcessHost(_pipeline);
        _owner = _org.AddUser("Process owner", roles: new[] { StandardRoles.SystemAdministrator });
    }

    private WorkflowProcess FollowUpBigAccounts(ProcessTrigger? trigger, ProcessScope scope = ProcessScope.Organization, bool onDemand = false) =>
        _host.Register(new WorkflowProcess("Follow up big accounts", "account", _owner) { Trigger = trigger, Scope = scope, OnDemand = onDemand }
            .Then("size", () => new SizeUpActivity(), run => new Dictionary<string, object> { ["Account"] = run.Record })
            .Then(
                "follow up",
                () => new FollowUpActivity(),
                run => new Dictionary<string, object> { ["Regarding"] = run.Record, ["Subject"] = "Call " + run.Output<string>("size", "Name") },
                when: run => run.Output<bool>("size", "IsBig")));

    private IEnumerable<Entity> Tasks() =>
        _org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("task") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("subject", "createdby") }).Entities;

    [Fact]
    public void A_background_process_runs_after_the_drain_passing_outputs_on_and_skipping_a_false_condition()
    {
        FollowUpBigAccounts(ProcessTrigger.OnCreate("account"));
        var rep = _org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        _org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Big", ["revenue"] = new Money(500m) });
        _org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Small", ["revenue"] = new Money(5m) });
        Assert.Empty(_host.Runs);

        _pipeline.DrainAsyncQueue();

        var task = Assert.Single(Tasks());
        Assert.Equal("Call Big", task["subject"]);
        Assert.Equal(new EntityReference("systemuser", _owner), task["createdby"]);
        Assert.Equal($"{_owner}/{rep}", _host.Runs[0].Output<string>("size", "RunAs"));
        Assert.Equal(new[] { "follow up" }, _host.Runs[1].SkippedSteps);
        Assert.Contains(_pipeline.Traces, t => t.Source == typeof(SizeUpActivity).FullName && t.Text == "sizing Big");
    }

    [Fact]
    public void An_update_trigger_fires_only_for_its_listed_columns()
    {
        FollowUpBigAccounts(ProcessTrigger.OnUpdate("account", "revenue"));
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "A", ["revenue"] = new Money(1m) });

        _org.SystemService.Update(new Entity("account", id) { ["name"] = "B" });
        _org.SystemService.Update(new Entity("account", id) { ["revenue"] = new Money(900m) });
        _pipeline.DrainAsyncQueue();

        Assert.Single(_host.Runs);
        Assert.Equal("Call B", Assert.Single(Tasks())["subject"]);
    }

    [Theory]
    [InlineData(ProcessScope.User, 1)]
    [InlineData(ProcessScope.BusinessUnit, 2)]
    [InlineData(ProcessScope.ParentChildBusinessUnits, 3)]
    [InlineData(ProcessScope.Organization, 4)]
    public void Scope_limits_the_records_a_background_process_starts_for(ProcessScope scope, int expectedRuns)
    {
        var ownerUnit = _org.AddBusinessUnit("Sales");
        var childUnit = _org.AddBusinessUnit("Sales North", ownerUnit);
        var scopedOwner = _org.AddUser("Scoped owner", ownerUnit, roles: new[] { StandardRoles.Salesperson });
        _host.Register(new WorkflowProcess("scoped", "account", scopedOwner) { Trigger = ProcessTrigger.OnCreate("account"), Scope = scope }
            .Then("size", () => new SizeUpActivity(), run => new Dictionary<string, object> { ["Account"] = run.Record }));
        var sameUnit = _org.AddUser("Colleague", ownerUnit, roles: new[] { StandardRoles.Salesperson });
        var childUser = _org.AddUser("North rep", childUnit, roles: new[] { StandardRoles.Salesperson });
        var elsewhere = _org.AddUser("Root rep", roles: new[] { StandardRoles.Salesperson });

        foreach (var creator in new[] { scopedOwner, sameUnit, childUser, elsewhere })
        {
            _org.ServiceFor(creator).Create(new Entity("account") { ["name"] = "x" });
        }

        _pipeline.DrainAsyncQueue();

        Assert.Equal(expectedRuns, _host.Runs.Count);
    }

    [Fact]
    public void An_on_demand_process_runs_over_the_chosen_records_as_the_clicking_user()
    {
        var process = FollowUpBigAccounts(trigger: null, onDemand: true);
        var clicker = _org.AddUser("Manager", roles: new[] { StandardRoles.Salesperson });
        var first = _org.SystemService.Create(new Entity("account") { ["name"] = "One", ["revenue"] = new Money(200m) });
        var second = _org.SystemService.Create(new Entity("account") { ["name"] = "Two", ["revenue"] = new Money(300m) });
        Assert.Empty(_pipeline.PendingJobs);

        _host.RunOnDemand(process, new[] { new EntityReference("account", first), new EntityReference("account", second) }, clicker);
        _pipeline.DrainAsyncQueue();

        var tasks = Tasks().ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new EntityReference("systemuser", clicker), t["createdby"]));
        Assert.All(_host.Runs, r => Assert.Equal(clicker, r.UserId));
    }

    [Fact]
    public void A_process_that_is_not_on_demand_cannot_be_run_by_hand()
    {
        var process = FollowUpBigAccounts(ProcessTrigger.OnCreate("account"));

        Assert.Throws<InvalidOperationException>(() => _host.RunOnDemand(process, new[] { new EntityReference("account", Guid.NewGuid()) }, _owner));
    }

    [Fact]
    public void A_failing_activity_fails_the_job_and_keeps_earlier_writes()
    {
        _host.Register(new WorkflowProcess("failing", "account", _owner) { Trigger = ProcessTrigger.OnCreate("account"), Scope = ProcessScope.Organization }
            .Then("fail", () => new FollowUpActivity(), run => new Dictionary<string, object> { ["Regarding"] = run.Record, ["Subject"] = "fail" }));
        _org.SystemService.Create(new Entity("account"));

        _pipeline.DrainAsyncQueue();

        var job = Assert.Single(_pipeline.FailedJobs);
        Assert.Equal("follow-up failed", job.Error);
        Assert.Single(Tasks());
        Assert.False(_host.Runs[0].Completed);
    }

    [Fact]
    public void A_trigger_inside_a_rolled_back_operation_starts_nothing()
    {
        FollowUpBigAccounts(ProcessTrigger.OnCreate("account"));
        _pipeline.Register(new PluginStep("Create", "account", StepStage.PostOperation, ExecutionMode.Synchronous, "Refuse", () => new Pipeline.DelegatePlugin((c, _) => throw new InvalidPluginExecutionException("no"))));

        Assert.ThrowsAny<Exception>(() => _org.SystemService.Create(new Entity("account") { ["revenue"] = new Money(500m) }));
        _pipeline.DrainAsyncQueue();

        Assert.Empty(_host.Runs);
    }
}
