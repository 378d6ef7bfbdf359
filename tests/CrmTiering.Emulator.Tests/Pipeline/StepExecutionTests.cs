using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class StepExecutionTests
{
    private readonly PipelineFixture _fx = new();

    [Fact]
    public void Steps_run_by_stage_then_rank_around_the_core_operation()
    {
        var order = new List<string>();
        _fx.Step("Create", "account", StepStage.PostOperation, body: (c, _) => order.Add("post"), rank: 1);
        _fx.Step("Create", "account", StepStage.PreOperation, body: (c, _) => order.Add("pre-2"), rank: 2);
        _fx.Step("Create", "account", StepStage.PreOperation, body: (c, _) => order.Add("pre-1"), rank: 1);
        _fx.Step("Create", "account", StepStage.PreValidation, body: (c, _) => order.Add("validation"), rank: 5);

        _fx.Service.Create(new Entity("account") { ["name"] = "A" });

        Assert.Equal(new[] { "validation", "pre-1", "pre-2", "post" }, order);
    }

    [Fact]
    public void A_step_whose_registration_row_is_disabled_stops_running_and_runs_again_when_enabled()
    {
        var stepId = Guid.NewGuid();
        var seen = _fx.Step("Create", "account", StepStage.PostOperation, id: stepId);
        var admin = _fx.Org.ServiceFor(_fx.Org.SystemUserId);
        _fx.Org.Seed(new Entity(EventPipeline.StepRowTable, stepId) { ["name"] = "TestPlugin", [EventPipeline.StepRowState] = new OptionSetValue(0) });

        _fx.Service.Create(new Entity("account") { ["name"] = "Enabled" });
        admin.Update(new Entity(EventPipeline.StepRowTable, stepId) { [EventPipeline.StepRowState] = new OptionSetValue(EventPipeline.DisabledStepState) });
        _fx.Service.Create(new Entity("account") { ["name"] = "Disabled" });
        admin.Update(new Entity(EventPipeline.StepRowTable, stepId) { [EventPipeline.StepRowState] = new OptionSetValue(0) });
        _fx.Service.Create(new Entity("account") { ["name"] = "Enabled again" });

        Assert.Equal(new[] { "Enabled", "Enabled again" }, seen.Select(c => (string)((Entity)c.InputParameters["Target"])["name"]));
    }

    [Fact]
    public void Create_context_has_the_target_entity_and_post_operation_sees_the_new_id()
    {
        var pre = _fx.Step("Create", "account", StepStage.PreOperation);
        var post = _fx.Step("Create", "account", StepStage.PostOperation);

        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });

        var preContext = Assert.Single(pre);
        Assert.Equal("Create", preContext.MessageName);
        Assert.Equal("account", preContext.PrimaryEntityName);
        Assert.Equal(20, preContext.Stage);
        Assert.Equal("A", Assert.IsType<Entity>(preContext.InputParameters["Target"])["name"]);
        var postContext = Assert.Single(post);
        Assert.Equal(id, postContext.OutputParameters["id"]);
        Assert.Equal(id, postContext.PrimaryEntityId);
        Assert.Equal(40, postContext.Stage);
        Assert.True(postContext.IsInTransaction);
        Assert.False(postContext.IsExecutingOffline);
    }

    [Fact]
    public void A_pre_operation_change_to_the_target_is_saved()
    {
        _fx.Step("Create", "account", StepStage.PreOperation, body: (c, _) => ((Entity)c.InputParameters["Target"])["name"] = "Changed");

        var id = _fx.Service.Create(new Entity("account") { ["name"] = "Given" });

        Assert.Equal("Changed", _fx.Org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void Delete_target_is_an_entity_reference_and_steps_for_other_tables_do_not_fire()
    {
        var id = _fx.Service.Create(new Entity("account"));
        var onAccount = _fx.Step("Delete", "account", StepStage.PreOperation);
        var onContact = _fx.Step("Delete", "contact", StepStage.PreOperation);

        _fx.Service.Delete("account", id);

        Assert.Equal(new EntityReference("account", id), Assert.Single(onAccount).InputParameters["Target"]);
        Assert.Empty(onContact);
    }

    [Fact]
    public void An_update_step_fires_only_when_a_filtering_attribute_is_in_the_target()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });
        var seen = _fx.Step("Update", "account", StepStage.PostOperation, filtering: new[] { "revenue", "name" });

        _fx.Service.Update(new Entity("account", id) { ["telephone1"] = "1" });
        _fx.Service.Update(new Entity("account", id) { ["name"] = "B", ["telephone1"] = "2" });

        Assert.Single(seen);
    }

    [Fact]
    public void Run_as_system_sets_user_id_while_initiating_user_stays_the_caller()
    {
        var rep = _fx.Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        var asCaller = _fx.Step("Create", "account", StepStage.PreOperation);
        var asSystem = _fx.Step("Create", "account", StepStage.PostOperation, runAsSystem: true);

        _fx.Org.ServiceFor(rep).Create(new Entity("account"));

        Assert.Equal(rep, asCaller[0].UserId);
        Assert.Equal(rep, asCaller[0].InitiatingUserId);
        Assert.Equal(_fx.Org.SystemUserId, asSystem[0].UserId);
        Assert.Equal(rep, asSystem[0].InitiatingUserId);
        Assert.Equal(_fx.Org.RootBusinessUnitId, asCaller[0].BusinessUnitId);
        Assert.Equal(_fx.Org.OrganizationId, asCaller[0].OrganizationId);
    }

    [Fact]
    public void Operation_created_on_comes_from_the_organisation_clock()
    {
        var clock = new ManualClock(new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        var org = new EmulatedOrganization(new EmulatorOptions { Clock = clock });
        var seen = new List<IPluginExecutionContext>();
        EventPipeline.Attach(org).Register(new PluginStep("Create", "account", StepStage.PreOperation, ExecutionMode.Synchronous, "p", () => new DelegatePlugin((c, _) => seen.Add(c))));

        org.SystemService.Create(new Entity("account"));

        Assert.Equal(clock.UtcNow, seen[0].OperationCreatedOn);
    }

    [Fact]
    public void Shared_variables_pass_between_steps_and_the_tag_parameter_appears_in_them()
    {
        _fx.Step("Create", "account", StepStage.PreOperation, body: (c, _) => c.SharedVariables["seen"] = "pre");
        var post = _fx.Step("Create", "account", StepStage.PostOperation);

        _fx.Service.Execute(new CreateRequest { Target = new Entity("account"), ["tag"] = "ctier:recalc" });

        Assert.Equal("pre", post[0].SharedVariables["seen"]);
        Assert.Equal("ctier:recalc", post[0].SharedVariables["tag"]);
        Assert.False(post[0].InputParameters.ContainsKey("tag"));
    }

    [Fact]
    public void Nested_operations_see_the_parent_context_and_a_deeper_depth()
    {
        var outer = _fx.Step("Create", "account", StepStage.PostOperation, body: (c, services) =>
        {
            c.SharedVariables["from"] = "outer";
            PipelineFixture.ServiceOf(services).Create(new Entity("contact"));
        });
        var nested = _fx.Step("Create", "contact", StepStage.PostOperation);

        _fx.Service.Create(new Entity("account"));

        Assert.Equal(1, outer[0].Depth);
        Assert.Null(outer[0].ParentContext);
        Assert.Equal(2, nested[0].Depth);
        Assert.Same(outer[0], nested[0].ParentContext);
        Assert.Equal("outer", nested[0].ParentContext.SharedVariables["from"]);
        Assert.Equal(outer[0].CorrelationId, nested[0].CorrelationId);
    }

    [Fact]
    public void Plugin_calls_are_logged_with_the_plugin_as_origin_and_a_null_user_gives_system()
    {
        var rep = _fx.Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        _fx.Step("Create", "account", StepStage.PostOperation, name: "Tests.Recalc", body: (c, services) =>
        {
            PipelineFixture.ServiceOf(services).Create(new Entity("contact"));
            PipelineFixture.ServiceOf(services, c.UserId).Create(new Entity("contact"));
        });

        _fx.Org.ServiceFor(rep).Create(new Entity("account"));

        var calls = _fx.Org.Calls.From("Tests.Recalc");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[0].IsSystem);
        Assert.Equal(rep, calls[1].UserId);
        Assert.All(calls, call => Assert.Equal(1, call.Depth));
    }

    [Fact]
    public void Traces_are_collected_with_their_source()
    {
        _fx.Step("Create", "account", StepStage.PreOperation, name: "Tests.Tracer", body: (c, services) => PipelineFixture.TracerOf(services).Trace("saw {0}", c.MessageName));

        _fx.Service.Create(new Entity("account"));

        var trace = Assert.Single(_fx.Pipeline.Traces);
        Assert.Equal("Tests.Tracer", trace.Source);
        Assert.Equal("saw Create", trace.Text);
    }

    [Fact]
    public void A_plugin_type_gets_its_configuration_and_one_instance_serves_every_call()
    {
        _fx.Pipeline.Register(new PluginStep("Create", "account", StepStage.PreOperation, ExecutionMode.Synchronous, typeof(ConfiguredPlugin))
        {
            UnsecureConfiguration = "open",
            SecureConfiguration = "secret",
        });

        _fx.Service.Create(new Entity("account"));
        _fx.Service.Create(new Entity("account"));

        Assert.Equal(new[] { "open|secret|1", "open|secret|2" }, _fx.Pipeline.Traces.Select(t => t.Text).ToArray());
    }
}
