using System;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class MergeTests
{
    private readonly PipelineFixture _fx = new();

    [Fact]
    public void Merge_moves_the_subordinate_children_to_the_master_and_deactivates_the_subordinate()
    {
        var master = _fx.Service.Create(new Entity("account") { ["name"] = "Master" });
        var subordinate = _fx.Service.Create(new Entity("account") { ["name"] = "Sub" });
        var subReference = new EntityReference("account", subordinate);
        var byParent = _fx.Service.Create(new Entity("opportunity") { ["parentaccountid"] = subReference });
        var byCustomer = _fx.Service.Create(new Entity("opportunity") { ["customerid"] = subReference });
        var invoice = _fx.Service.Create(new Entity("invoice") { ["customerid"] = subReference });
        var mergeSteps = _fx.Step("Merge", "account", StepStage.PostOperation, ExecutionMode.Asynchronous);
        var childUpdates = _fx.Step("Update", "opportunity", StepStage.PostOperation);

        _fx.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("account", master),
            ["SubordinateId"] = subordinate,
            ["UpdateContent"] = new Entity("account") { ["telephone1"] = "555" },
            ["PerformParentingChecks"] = false,
        });
        _fx.Pipeline.DrainAsyncQueue();

        var masterReference = new EntityReference("account", master);
        Assert.Equal(masterReference, _fx.Org.Peek("opportunity", byParent)!["parentaccountid"]);
        Assert.Equal(masterReference, _fx.Org.Peek("opportunity", byCustomer)!["customerid"]);
        Assert.Equal(masterReference, _fx.Org.Peek("invoice", invoice)!["customerid"]);
        Assert.Equal("555", _fx.Org.Peek("account", master)!["telephone1"]);
        var sub = _fx.Org.Peek("account", subordinate)!;
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
        var id = _fx.Service.Create(new Entity("account"));

        FaultAssert.Expect(CrmTiering.Emulator.Faults.PlatformErrorCodes.InvalidArgument, () => _fx.Service.Execute(new OrganizationRequest("Merge")
        {
            ["Target"] = new EntityReference("account", id),
            ["SubordinateId"] = id,
        }));
    }
}
