using System;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>
/// After a failed service call inside a synchronous transaction the transaction is over: later
/// calls fail with "There is no active transaction" and a plugin that swallows the fault and
/// returns fails the operation with "ISV code reduced the open transaction count" ("Troubleshoot
/// plug-ins" &gt; "Transaction errors", learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in).
/// Without a transaction (async jobs, top-level PreValidation) a failed call can be caught and the work goes on.
/// </summary>
public class DoomedTransactionTests
{
    private readonly PipelineFixture _fx = new();

    private static int? FaultCodeOf(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail.ErrorCode;
        }
    }

    private static void RetrieveMissingAccount(IOrganizationService service) =>
        service.Retrieve("account", Guid.NewGuid(), new ColumnSet("name"));

    [Fact]
    public void A_call_after_a_swallowed_fault_fails_with_no_active_transaction()
    {
        int? laterCall = null;
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            FaultCodeOf(() => RetrieveMissingAccount(service));
            laterCall = FaultCodeOf(() => service.Create(new Entity("contact")));
        });

        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal(PlatformErrorCodes.NoActiveTransaction, laterCall);
        var refused = _fx.Org.Calls.Single(c => c.FaultCode == PlatformErrorCodes.NoActiveTransaction);
        Assert.Equal("Create", refused.Message);
        Assert.Equal(0, _fx.Org.CountRows("contact"));
    }

    [Fact]
    public void The_no_active_transaction_fault_has_the_platforms_message_and_fails_the_operation_when_let_through()
    {
        _fx.Step("Update", "account", StepStage.PreOperation, body: (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            FaultCodeOf(() => RetrieveMissingAccount(service));
            service.Create(new Entity("task"));
        });
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });

        var fault = FaultAssert.Expect(PlatformErrorCodes.NoActiveTransaction, () => _fx.Service.Update(new Entity("account", id) { ["name"] = "B" }));

        Assert.Equal(PlatformMessages.NoActiveTransaction, fault.Message);
        Assert.Equal("A", _fx.Org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void A_plugin_that_swallows_a_fault_and_returns_fails_the_operation_and_everything_rolls_back()
    {
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            service.Create(new Entity("task") { ["subject"] = "before the failure" });
            FaultCodeOf(() => RetrieveMissingAccount(service));
        });

        var fault = FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal(PlatformMessages.IsvReducedOpenTransactionCount, fault.Message);
        Assert.Equal(0, _fx.Org.CountRows("account"));
        Assert.Equal(0, _fx.Org.CountRows("task"));
    }

    [Fact]
    public void A_fault_from_a_nested_operations_own_step_dooms_the_outer_transaction_too()
    {
        _fx.Step("Create", "contact", StepStage.PreOperation, body: (_, _) => throw new InvalidPluginExecutionException("no contacts"));
        int? nested = null;
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) =>
            nested = FaultCodeOf(() => PipelineFixture.ServiceOf(services).Create(new Entity("contact"))));

        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal(PipelineErrorCodes.IsvAborted, nested);
        Assert.Equal(0, _fx.Org.CountRows("account"));
    }

    [Fact]
    public void Swallowing_two_levels_down_still_fails_the_outermost_operation()
    {
        _fx.Step("Create", "contact", StepStage.PostOperation, body: (_, services) => FaultCodeOf(() => RetrieveMissingAccount(PipelineFixture.ServiceOf(services))));
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) => FaultCodeOf(() => PipelineFixture.ServiceOf(services).Create(new Entity("contact"))));

        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal(0, _fx.Org.CountRows("account"));
        Assert.Equal(0, _fx.Org.CountRows("contact"));
    }

    [Fact]
    public void A_custom_api_plugin_that_swallows_a_fault_fails_and_rolls_back()
    {
        _fx.Pipeline.RegisterCustomApi(new CustomApiDefinition("ctier_Swallow", typeof(SwallowingApiPlugin)));

        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Execute(new OrganizationRequest("ctier_Swallow")));

        Assert.Equal(0, _fx.Org.CountRows("contact"));
    }

    [Fact]
    public void The_next_request_after_a_doomed_operation_runs_normally()
    {
        var swallow = true;
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) =>
        {
            if (swallow)
            {
                FaultCodeOf(() => RetrieveMissingAccount(PipelineFixture.ServiceOf(services)));
            }
        });
        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));
        swallow = false;

        _fx.Service.Create(new Entity("account"));

        Assert.Equal(1, _fx.Org.CountRows("account"));
    }

    [Fact]
    public void An_async_job_may_catch_a_failed_call_and_carry_on()
    {
        _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            FaultCodeOf(() => RetrieveMissingAccount(service));
            service.Create(new Entity("task") { ["subject"] = "after the failure" });
        });
        _fx.Service.Create(new Entity("account"));

        _fx.Pipeline.DrainAsyncQueue();

        Assert.Empty(_fx.Pipeline.FailedJobs);
        Assert.Equal(1, _fx.Org.CountRows("task"));
    }

    [Fact]
    public void A_top_level_pre_validation_step_may_catch_a_failed_call_and_carry_on()
    {
        _fx.Step("Create", "account", StepStage.PreValidation, body: (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            FaultCodeOf(() => RetrieveMissingAccount(service));
            service.Create(new Entity("task"));
        });

        _fx.Service.Create(new Entity("account"));

        Assert.Equal(1, _fx.Org.CountRows("account"));
        Assert.Equal(1, _fx.Org.CountRows("task"));
    }

    [Fact]
    public void A_nested_operations_pre_validation_runs_in_the_callers_transaction_and_is_doomed()
    {
        _fx.Step("Create", "contact", StepStage.PreValidation, body: (_, services) => FaultCodeOf(() => RetrieveMissingAccount(PipelineFixture.ServiceOf(services))));
        _fx.Step("Create", "account", StepStage.PostOperation, body: (_, services) => PipelineFixture.ServiceOf(services).Create(new Entity("contact")));

        FaultAssert.Expect(PlatformErrorCodes.IsvReducedOpenTransactionCount, () => _fx.Service.Create(new Entity("account")));

        Assert.Equal(0, _fx.Org.CountRows("account"));
    }
}
