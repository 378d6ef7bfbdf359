using System;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class DepthLimitTests
{
    private static (PipelineFixture Fixture, Guid Account, System.Collections.Generic.List<IPluginExecutionContext> Seen) SelfUpdatingAccount()
    {
        var fx = new PipelineFixture();
        var id = fx.Service.Create(new Entity("account") { ["numberofemployees"] = 0 });
        var seen = fx.Step("Update", "account", StepStage.PostOperation, body: (c, services) =>
        {
            var count = (int)((Entity)c.InputParameters["Target"])["numberofemployees"];
            PipelineFixture.ServiceOf(services).Update(new Entity("account", c.PrimaryEntityId) { ["numberofemployees"] = count + 1 });
        });
        return (fx, id, seen);
    }

    [Fact]
    public void A_step_that_retriggers_itself_fails_with_the_infinite_loop_error_past_depth_8_and_rolls_back()
    {
        var (fx, id, seen) = SelfUpdatingAccount();

        var fault = FaultAssert.Expect(PipelineErrorCodes.InfiniteLoop, () => fx.Service.Update(new Entity("account", id) { ["numberofemployees"] = 1 }));

        Assert.Equal(PipelineMessages.InfiniteLoop, fault.Message);
        Assert.Equal(8, seen.Count);
        Assert.Equal(8, seen[^1].Depth);
        Assert.Equal(0, fx.Org.Peek("account", id)!["numberofemployees"]);
    }

    [Fact]
    public void The_depth_rule_counts_only_within_its_time_window()
    {
        var fx = new PipelineFixture(new PipelineOptions { MaxDepth = 2 });
        var clock = (ManualClock)fx.Org.Clock;
        fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) => PipelineFixture.ServiceOf(services).Create(new Entity("contact")));
        fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) => PipelineFixture.ServiceOf(services).Create(new Entity("task")));
        var tasks = fx.Step("Create", "task", StepStage.PostOperation, ExecutionMode.Asynchronous);
        fx.Service.Create(new Entity("account"));
        fx.Pipeline.DrainAsyncQueue();
        Assert.Empty(tasks);
        Assert.Single(fx.Pipeline.FailedJobs);

        fx.Service.Create(new Entity("account"));
        clock.Advance(TimeSpan.FromHours(2));
        fx.Pipeline.DrainAsyncQueue();

        Assert.Equal(3, Assert.Single(tasks).Depth);
    }
}
