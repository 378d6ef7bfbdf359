using System;
using System.ServiceModel;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class RollbackTests
{
    private readonly PipelineFixture _fx = new();

    [Fact]
    public void A_failing_post_operation_step_rolls_back_the_operation_and_every_nested_write()
    {
        var existing = _fx.Service.Create(new Entity("contact") { ["lastname"] = "Before" });
        _fx.Step("Create", "account", StepStage.PostOperation, rank: 1, body: (c, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            service.Create(new Entity("contact") { ["lastname"] = "Nested" });
            service.Update(new Entity("contact", existing) { ["lastname"] = "Changed" });
        });
        _fx.Step("Create", "contact", StepStage.PostOperation, body: (c, services) => PipelineFixture.ServiceOf(services).Create(new Entity("task")));
        _fx.Step("Create", "account", StepStage.PostOperation, rank: 2, body: (c, _) => throw new InvalidPluginExecutionException("Tier data is locked."));

        var fault = FaultAssert.Expect(PipelineErrorCodes.IsvAborted, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal("Tier data is locked.", fault.Message);
        Assert.Equal(0, _fx.Org.CountRows("account"));
        Assert.Equal(1, _fx.Org.CountRows("contact"));
        Assert.Equal(0, _fx.Org.CountRows("task"));
        Assert.Equal("Before", _fx.Org.Peek("contact", existing)!["lastname"]);
    }

    [Fact]
    public void A_failing_pre_validation_step_stops_the_operation_before_anything_is_written()
    {
        _fx.Step("Create", "account", StepStage.PreValidation, body: (c, _) => throw new InvalidPluginExecutionException("Name required."));

        var fault = FaultAssert.Expect(PipelineErrorCodes.IsvAborted, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal("Name required.", fault.Message);
        Assert.Equal(0, _fx.Org.CountRows("account"));
    }

    [Fact]
    public void An_unexpected_exception_becomes_an_isv_fault_with_its_message_and_the_trace()
    {
        _fx.Step("Update", "account", StepStage.PreOperation, body: (c, services) =>
        {
            PipelineFixture.TracerOf(services).Trace("about to fail");
            throw new InvalidOperationException("boom");
        });
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });

        var fault = FaultAssert.Expect(PipelineErrorCodes.IsvUnexpected, () => _fx.Service.Update(new Entity("account", id) { ["name"] = "B" }));

        Assert.Contains("boom", fault.Message);
        Assert.Contains("about to fail", fault.TraceText);
        Assert.Equal("A", _fx.Org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void A_nested_platform_fault_reaches_the_caller_unchanged()
    {
        _fx.Step("Create", "account", StepStage.PostOperation, body: (c, services) => PipelineFixture.ServiceOf(services).Retrieve("contact", Guid.NewGuid(), new Microsoft.Xrm.Sdk.Query.ColumnSet("lastname")));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _fx.Service.Create(new Entity("account")));

        Assert.Equal(CrmTiering.Emulator.Faults.PlatformErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.Equal(0, _fx.Org.CountRows("account"));
    }

    [Fact]
    public void A_plugin_given_error_code_is_kept()
    {
        _fx.Step("Create", "account", StepStage.PreOperation, body: (c, _) => throw new InvalidPluginExecutionException(OperationStatus.Failed, -2147220970, "custom"));

        FaultAssert.Expect(-2147220970, () => _fx.Service.Create(new Entity("account")));
    }
}
