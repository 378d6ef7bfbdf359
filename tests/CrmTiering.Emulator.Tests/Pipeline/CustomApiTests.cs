using System;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class CustomApiTests
{
    private readonly PipelineFixture _fx = new();

    public CustomApiTests()
    {
        var api = new CustomApiDefinition("ctier_Echo", typeof(EchoApiPlugin));
        api.RequestParameters.Add(new CustomApiParameter("Mode", typeof(string)));
        api.RequestParameters.Add(new CustomApiParameter("Limit", typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter("Echo", typeof(string)));
        api.ResponseProperties.Add(new CustomApiParameter("Stage", typeof(int)));
        _fx.Pipeline.RegisterCustomApi(api);
    }

    [Fact]
    public void A_custom_api_runs_its_plugin_at_main_operation_and_returns_its_outputs()
    {
        var response = _fx.Service.Execute(new OrganizationRequest("ctier_Echo") { ["Mode"] = "Due" });

        Assert.Equal("Due", response.Results["Echo"]);
        Assert.Equal(30, response.Results["Stage"]);
        Assert.Equal("ctier_Echo", response.ResponseName);
    }

    [Fact]
    public void Steps_registered_on_a_custom_api_fire_around_it()
    {
        var post = _fx.Step("ctier_Echo", null!, StepStage.PostOperation);

        _fx.Service.Execute(new OrganizationRequest("ctier_Echo") { ["Mode"] = "All" });

        Assert.Equal("All", Assert.Single(post).OutputParameters["Echo"]);
    }

    [Fact]
    public void A_missing_required_parameter_or_a_wrong_type_is_refused()
    {
        FaultAssert.Expect(CrmTiering.Emulator.Faults.PlatformErrorCodes.InvalidArgument, () => _fx.Service.Execute(new OrganizationRequest("ctier_Echo")));
        FaultAssert.Expect(CrmTiering.Emulator.Faults.PlatformErrorCodes.InvalidArgument, () => _fx.Service.Execute(new OrganizationRequest("ctier_Echo") { ["Mode"] = "Due", ["Limit"] = "ten" }));
    }

    [Fact]
    public void A_plugin_failure_rolls_back_the_custom_api_writes()
    {
        var fault = FaultAssert.Expect(PipelineErrorCodes.IsvAborted, () => _fx.Service.Execute(new OrganizationRequest("ctier_Echo") { ["Mode"] = "Fail" }));

        Assert.Equal(EchoApiPlugin.FailureMessage, fault.Message);
        Assert.Equal(0, _fx.Org.CountRows("contact"));
    }
}
