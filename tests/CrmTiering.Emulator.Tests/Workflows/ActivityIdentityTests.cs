using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Workflows;

/// <summary>
/// In a custom workflow activity, CreateOrganizationService(null) runs as the workflow context's
/// UserId — the owner of a background process, the user who ran an on-demand one — not SYSTEM;
/// plugins keep null = SYSTEM ("IOrganizationServiceFactory.CreateOrganizationService(Nullable&lt;Guid&gt;)",
/// learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
/// </summary>
public class ActivityIdentityTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly EventPipeline _pipeline;
    private readonly ProcessHost _host;
    private readonly Guid _owner;

    public ActivityIdentityTests()
    {
        _pipeline = EventPipeline.Attach(_org);
        _host = new ProcessHost(_pipeline);
        _owner = _org.AddUser("Process owner", roles: new[] { StandardRoles.SystemAdministrator });
    }

    private WorkflowProcess WhoAmIProcess(ProcessTrigger? trigger, bool onDemand) =>
        _host.Register(new WorkflowProcess("who am I", "account", _owner) { Trigger = trigger, OnDemand = onDemand, Scope = ProcessScope.Organization }
            .Then("ask", () => new WhoAmIActivity(), run => new Dictionary<string, object> { ["Regarding"] = run.Record }));

    private Guid CreatedByOf(ProcessRun run) =>
        _org.Peek("task", run.Output<EntityReference>("ask", "Task")!.Id)!.GetAttributeValue<EntityReference>("createdby").Id;

    [Fact]
    public void A_background_activitys_null_user_service_runs_as_the_process_owner()
    {
        WhoAmIProcess(ProcessTrigger.OnCreate("account"), onDemand: false);
        var rep = _org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        _org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "A" });

        _pipeline.DrainAsyncQueue();

        var run = Assert.Single(_host.Runs);
        Assert.Equal(_owner, run.Output<Guid>("ask", "UserId"));
        Assert.Equal(_owner, CreatedByOf(run));
    }

    [Fact]
    public void An_on_demand_activitys_null_user_service_runs_as_the_user_who_started_it()
    {
        var process = WhoAmIProcess(trigger: null, onDemand: true);
        var clicker = _org.AddUser("Clicker", roles: new[] { StandardRoles.Salesperson });
        var account = _org.SystemService.Create(new Entity("account") { ["name"] = "A" });

        _host.RunOnDemand(process, new[] { new EntityReference("account", account) }, clicker);
        _pipeline.DrainAsyncQueue();

        var run = Assert.Single(_host.Runs);
        Assert.Equal(clicker, run.Output<Guid>("ask", "UserId"));
        Assert.Equal(clicker, CreatedByOf(run));
    }

    [Fact]
    public void A_plugins_null_user_service_stays_system()
    {
        Guid? seen = null;
        _pipeline.Register(new PluginStep("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, "who", () => new Pipeline.DelegatePlugin((_, services) =>
            seen = (Guid)Pipeline.PipelineFixture.ServiceOf(services).Execute(new OrganizationRequest("WhoAmI")).Results["UserId"])));
        _org.ServiceFor(_owner).Create(new Entity("account"));

        _pipeline.DrainAsyncQueue();

        Assert.Equal(_org.SystemUserId, seen);
    }
}
