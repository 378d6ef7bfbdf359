using System.Collections.Generic;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>"Create and use custom APIs" (learn.microsoft.com): ExecutePrivilegeName — only callers holding that privilege may run the message.</summary>
public class ExecutePrivilegeTests
{
    private const string Privilege = "prvWritecw_tieringsetting";

    private readonly PipelineFixture _fx = new();
    private readonly List<IPluginExecutionContext> _preValidation;

    public ExecutePrivilegeTests()
    {
        _preValidation = _fx.Step("cw_Guarded", PluginStep.AnyEntity, StepStage.PreValidation);
        _fx.Pipeline.RegisterCustomApi(Echo("cw_Guarded", Privilege));
        _fx.Pipeline.RegisterCustomApi(Echo("cw_Open", executePrivilege: ""));
    }

    private static CustomApiDefinition Echo(string name, string executePrivilege)
    {
        var api = new CustomApiDefinition(name, typeof(EchoApiPlugin)) { ExecutePrivilegeName = executePrivilege };
        api.RequestParameters.Add(new CustomApiParameter("Mode", typeof(string)));
        api.ResponseProperties.Add(new CustomApiParameter("Echo", typeof(string)));
        api.ResponseProperties.Add(new CustomApiParameter("Stage", typeof(int)));
        return api;
    }

    private static OrganizationRequest Call(string name) => new(name) { ["Mode"] = "Due" };

    [Fact]
    public void A_caller_without_the_execute_privilege_is_denied_before_any_step_runs()
    {
        // Docs: "Create and use custom APIs" (Execute Privilege Name); "Web service error codes" (PrivilegeDenied).
        var rep = _fx.Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });

        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _fx.Org.ServiceFor(rep).Execute(Call("cw_Guarded")));

        Assert.Contains(Privilege, fault.Message);
        Assert.Contains($"Id={rep}", fault.Message);
        Assert.Empty(_preValidation);
    }

    [Fact]
    public void A_role_holding_the_privilege_at_any_depth_runs_the_api_and_so_do_system_and_the_administrator()
    {
        // Docs: "Create and use custom APIs" — the caller needs the privilege; its depth does not matter.
        var keeper = _fx.Org.AddUser("Keeper");
        _fx.Org.AssignRole(keeper, _fx.Org.AddRole("Settings keeper", new Dictionary<string, PrivilegeDepth> { [Privilege] = PrivilegeDepth.User }));
        var admin = _fx.Org.AddUser("Admin", roles: new[] { StandardRoles.SystemAdministrator });

        Assert.Equal("Due", _fx.Org.ServiceFor(keeper).Execute(Call("cw_Guarded")).Results["Echo"]);
        Assert.Equal("Due", _fx.Org.ServiceFor(admin).Execute(Call("cw_Guarded")).Results["Echo"]);
        Assert.Equal("Due", _fx.Service.Execute(Call("cw_Guarded")).Results["Echo"]);
        Assert.Equal(3, _preValidation.Count);
    }

    [Fact]
    public void An_empty_execute_privilege_lets_every_user_run_the_api()
    {
        // Docs: "Create and use custom APIs" — without ExecutePrivilegeName anyone may call it.
        var nobody = _fx.Org.AddUser("No role");

        Assert.Equal("Due", _fx.Org.ServiceFor(nobody).Execute(Call("cw_Open")).Results["Echo"]);
    }

    [Fact]
    public void The_bypass_and_tag_parameters_are_accepted_by_a_custom_api_as_optional_parameters()
    {
        // Docs: "Use optional parameters" — every message accepts them; they are not the API's own parameters.
        var admin = _fx.Org.AddUser("Admin", roles: new[] { StandardRoles.SystemAdministrator });
        var request = Call("cw_Guarded");
        request["tag"] = "nightly";
        request[BusinessLogicBypass.BypassCustomPluginExecution] = true;

        Assert.Equal("Due", _fx.Org.ServiceFor(admin).Execute(request).Results["Echo"]);
        Assert.Empty(_preValidation);
    }
}
