using System;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class MergeTests
{
    private readonly PipelineFixture fx = new();

    [Fact]
    public void Merge_moves_the_subordinate_children_to_the_master_and_deactivates_the_subordinate()
    {
        var master = fx.Service.Create(new Entity("account") { ["name"] = "Master" });
        var subordinate = fx.Service.Create(new Entity("account") { ["name"] = "Sub" });
        var subReference = new EntityReference("account", subordinate);
        var byParent = fx.Service.Create(new Entity("opportunity") { ["parentaccountid"] = subReference });
        var byCustomer = fx.Service.Create(new Entity("opportunity") { ["customerid"] = subReference });
        var invoice = fx.Service.Create(new Entity("invoice") { ["customerid"] = subReference });
        var mergeSteps = fx.Step("Merge", "account", StepStage.PostOperation, ExecutionMode.Asynchronous);
        var childUpdates = fx.Step("Update", "opportunity", StepStage.PostOperation);

        fx.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("account", master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity("account") { ["telephone1"] = "555" },
            ["PerformParentingChecks"] = false,
        });
        fx.Pipeline.DrainAsyncQueue();

        var masterReference = new EntityReference("account", master);
        Assert.Equal(masterReference, fx.Org.Peek("opportunity", byParent)!["parentaccountid"]);
        Assert.Equal(masterReference, fx.Org.Peek("opportunity", byCustomer)!["customerid"]);
        Assert.Equal(masterReference, fx.Org.Peek("invoice", invoice)!["customerid"]);
        Assert.Equal("555", fx.Org.Peek("account", master)!["telephone1"]);
        var sub = fx.Org.Peek("account", subordinate)!;
        Assert.Equal(new OptionSetValue(1), sub["statecode"]);
        Assert.Equal(masterReference, sub["masterid"]);
        var context = Assert.Single(mergeSteps);
        Assert.Equal(master, context.PrimaryEntityId);
        Assert.Equal(subordinate, context.InputParameters["SubordinateId"]);
        Assert.Empty(childUpdates);
    }

    [Fact]
    public void Merge_of_a_record_with_itself_is_refused()
    {
        var id = fx.Service.Create(new Entity("account"));

        FaultAssert.Expect(CrmTiering.Emulator.Faults.PlatformErrorCodes.InvalidArgument, () => fx.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("account", id),
            ["SubordinateId"] = id,
        }));
    }
}
