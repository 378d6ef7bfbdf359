using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Tests.Workflows;
using CrmTiering.Emulator.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>
/// The optional parameters of "Bypass custom Dataverse logic" (learn.microsoft.com):
/// BypassCustomPluginExecution (prvBypassCustomPlugins) and BypassBusinessLogicExecution
/// = CustomSync / CustomAsync (prvBypassCustomBusinessLogic).
/// </summary>
public class BypassParameterTests
{
    private readonly PipelineFixture _fx = new();
    private readonly List<string> _ran = new();
    private readonly ProcessHost _host;
    private readonly Guid _admin;
    private readonly Guid _rep;

    public BypassParameterTests()
    {
        foreach (var stage in new[] { StepStage.PreValidation, StepStage.PreOperation, StepStage.PostOperation })
        {
            _fx.Step("Create", "account", stage, body: (c, _) => _ran.Add(stage.ToString()));
        }

        _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, _) => _ran.Add("Async"));
        _host = new ProcessHost(_fx.Pipeline);
        _admin = _fx.Org.AddUser("Admin", roles: new[] { StandardRoles.SystemAdministrator });
        _rep = _fx.Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        _host.Register(new WorkflowProcess("size up", "account", _admin) { Trigger = ProcessTrigger.OnCreate("account") }
            .Then("size", () => new SizeUpActivity(), run => new Dictionary<string, object> { ["Account"] = run.Record }));
    }

    private static CreateRequest CreateAccount(string parameter, object value)
    {
        var request = new CreateRequest { Target = new Entity("account") { ["name"] = "Contoso" } };
        request.Parameters[parameter] = value;
        return request;
    }

    private void Run(Guid user, string parameter, object value)
    {
        _fx.Org.ServiceFor(user).Execute(CreateAccount(parameter, value));
        _fx.Pipeline.DrainAsyncQueue();
    }

    [Fact]
    public void Bypass_custom_plugin_execution_skips_the_synchronous_steps_but_not_the_asynchronous_ones()
    {
        // Docs: "Bypass custom Dataverse logic" — BypassCustomPluginExecution bypasses synchronous custom plug-ins only.
        Run(_admin, BusinessLogicBypass.BypassCustomPluginExecution, true);

        Assert.Equal(new[] { "Async" }, _ran);
        Assert.Single(_host.Runs);
        Assert.Equal(1, _fx.Org.CountRows("account"));
    }

    [Theory]
    [InlineData("CustomSync", new[] { "Async" }, 1)]
    [InlineData("CustomAsync", new[] { "PreValidation", "PreOperation", "PostOperation" }, 0)]
    [InlineData("CustomSync,CustomAsync", new string[0], 0)]
    public void Bypass_business_logic_execution_skips_the_named_kinds_of_custom_logic(string value, string[] expected, int processRuns)
    {
        // Docs: "Bypass custom Dataverse logic" — CustomSync: synchronous plug-ins; CustomAsync: asynchronous plug-ins and background workflows.
        Run(_admin, BusinessLogicBypass.BypassBusinessLogicExecution, value);

        Assert.Equal(expected, _ran);
        Assert.Equal(processRuns, _host.Runs.Count);
        Assert.Equal(1, _fx.Org.CountRows("account"));
    }

    [Theory]
    [InlineData(BusinessLogicBypass.BypassCustomPluginExecution, true, BusinessLogicBypass.BypassCustomPluginsPrivilege)]
    [InlineData(BusinessLogicBypass.BypassBusinessLogicExecution, "CustomSync", BusinessLogicBypass.BypassCustomBusinessLogicPrivilege)]
    [InlineData(BusinessLogicBypass.BypassBusinessLogicExecution, "CustomAsync", BusinessLogicBypass.BypassCustomBusinessLogicPrivilege)]
    public void A_caller_without_the_bypass_privilege_is_denied_and_nothing_runs(string parameter, object value, string privilege)
    {
        // Docs: "Bypass custom Dataverse logic" — the caller must hold the privilege; "Web service error codes" — PrivilegeDenied.
        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _fx.Org.ServiceFor(_rep).Execute(CreateAccount(parameter, value)));
        _fx.Pipeline.DrainAsyncQueue();

        Assert.Contains(privilege, fault.Message);
        Assert.Contains($"Id={_rep}", fault.Message);
        Assert.Empty(_ran);
        Assert.Empty(_host.Runs);
        Assert.Equal(0, _fx.Org.CountRows("account"));
    }

    [Fact]
    public void Each_bypass_parameter_needs_its_own_privilege()
    {
        // Docs: "Bypass custom Dataverse logic" — prvBypassCustomPlugins and prvBypassCustomBusinessLogic are distinct privileges.
        var pluginsOnly = _fx.Org.AddUser("Integration");
        _fx.Org.AssignRole(pluginsOnly, _fx.Org.AddRole("Bypass plug-ins", new Dictionary<string, PrivilegeDepth>
        {
            [BusinessLogicBypass.BypassCustomPluginsPrivilege] = PrivilegeDepth.Organization,
            ["prvCreateAccount"] = PrivilegeDepth.User,
        }));

        Run(pluginsOnly, BusinessLogicBypass.BypassCustomPluginExecution, true);
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _fx.Org.ServiceFor(pluginsOnly).Execute(CreateAccount(BusinessLogicBypass.BypassBusinessLogicExecution, "CustomSync")));
    }

    [Fact]
    public void System_may_not_bypass_custom_logic_neither_from_the_client_nor_from_a_plugin()
    {
        // Docs: "Bypass custom Dataverse logic" is silent on SYSTEM; the emulator takes the safe side (README: unverified).
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _fx.Service.Execute(CreateAccount(BusinessLogicBypass.BypassCustomPluginExecution, true)));
        _fx.Step("Create", "contact", StepStage.PostOperation, body: (c, services) =>
            PipelineFixture.ServiceOf(services).Execute(CreateAccount(BusinessLogicBypass.BypassBusinessLogicExecution, "CustomAsync")));

        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _fx.Org.ServiceFor(_admin).Create(new Entity("contact")));
        Assert.Equal(0, _fx.Org.CountRows("account"));
        Assert.Equal(0, _fx.Org.CountRows("contact"));
    }

    [Fact]
    public void The_bypass_parameters_are_not_input_parameters_of_the_steps_that_still_run()
    {
        // Docs: "Use optional parameters" — optional parameters are read by the platform, not passed to plug-ins as inputs.
        var contexts = _fx.Step("Create", "account", StepStage.PreOperation);

        Run(_admin, BusinessLogicBypass.BypassBusinessLogicExecution, "CustomAsync");

        var context = Assert.Single(contexts);
        Assert.False(context.InputParameters.ContainsKey(BusinessLogicBypass.BypassBusinessLogicExecution));
        Assert.True(context.InputParameters.ContainsKey("Target"));
    }

    [Fact]
    public void A_false_flag_bypasses_nothing_and_needs_no_privilege_while_an_unknown_value_is_an_invalid_argument()
    {
        // Docs: "Bypass custom Dataverse logic" — the values are true, CustomSync and CustomAsync.
        Run(_rep, BusinessLogicBypass.BypassCustomPluginExecution, false);
        Assert.Contains("PreValidation", _ran);

        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _fx.Org.ServiceFor(_admin).Execute(CreateAccount(BusinessLogicBypass.BypassBusinessLogicExecution, "Everything")));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _fx.Org.ServiceFor(_admin).Execute(CreateAccount(BusinessLogicBypass.BypassCustomPluginExecution, 1)));
    }
}
