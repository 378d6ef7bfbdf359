using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class AsyncQueueTests
{
    private readonly PipelineFixture _fx = new();

    private List<string> NamesSeenByAsyncStep()
    {
        var names = new List<string>();
        _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, _) => names.Add((string)((Entity)c.InputParameters["Target"])["name"]));
        return names;
    }

    [Fact]
    public void Async_steps_wait_for_the_drain_and_run_in_submission_order_outside_a_transaction()
    {
        var names = NamesSeenByAsyncStep();
        var contexts = _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous);
        foreach (var name in new[] { "a", "b", "c" })
        {
            _fx.Service.Create(new Entity("account") { ["name"] = name });
        }

        Assert.Empty(names);
        Assert.Equal(6, _fx.Pipeline.PendingJobs.Count);

        _fx.Pipeline.DrainAsyncQueue();

        Assert.Equal(new[] { "a", "b", "c" }, names);
        Assert.All(contexts, c => Assert.False(c.IsInTransaction));
        Assert.All(contexts, c => Assert.Equal(1, c.Mode));
        Assert.Empty(_fx.Pipeline.PendingJobs);
    }

    [Fact]
    public void A_shuffled_drain_is_repeatable_by_seed_and_reorders_jobs()
    {
        string[] Run(int seed)
        {
            var fixture = new PipelineFixture();
            var names = new List<string>();
            fixture.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, _) => names.Add((string)((Entity)c.InputParameters["Target"])["name"]));
            foreach (var i in Enumerable.Range(0, 12))
            {
                fixture.Service.Create(new Entity("account") { ["name"] = i.ToString() });
            }

            fixture.Pipeline.DrainAsyncQueue(DrainOrder.Shuffled(seed));
            return names.ToArray();
        }

        var first = Run(7);

        Assert.Equal(first, Run(7));
        Assert.NotEqual(Enumerable.Range(0, 12).Select(i => i.ToString()), first);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i.ToString()).OrderBy(s => s), first.OrderBy(s => s));
    }

    [Fact]
    public void A_chosen_order_runs_jobs_as_the_test_arranges_them()
    {
        var names = NamesSeenByAsyncStep();
        _fx.Service.Create(new Entity("account") { ["name"] = "a" });
        _fx.Service.Create(new Entity("account") { ["name"] = "b" });

        _fx.Pipeline.DrainAsyncQueue(DrainOrder.Reverse);

        Assert.Equal(new[] { "b", "a" }, names);
    }

    [Fact]
    public void A_job_can_be_delivered_twice()
    {
        var names = NamesSeenByAsyncStep();
        _fx.Service.Create(new Entity("account") { ["name"] = "a" });
        _fx.Service.Create(new Entity("account") { ["name"] = "b" });

        var runs = _fx.Pipeline.DrainAsyncQueue(deliverTwice: job => job.Sequence == 0);

        Assert.Equal(3, runs);
        Assert.Equal(new[] { "a", "b", "a" }, names);
        Assert.Equal(2, _fx.Pipeline.FinishedJobs[0].Deliveries);
    }

    [Fact]
    public void A_failed_async_step_keeps_its_earlier_writes_and_its_trigger_and_is_recorded()
    {
        _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) =>
        {
            PipelineFixture.ServiceOf(services).Create(new Entity("contact") { ["lastname"] = "written first" });
            throw new InvalidPluginExecutionException("async failure");
        });
        var account = _fx.Service.Create(new Entity("account"));

        _fx.Pipeline.DrainAsyncQueue();

        Assert.NotNull(_fx.Org.Peek("account", account));
        Assert.Equal(1, _fx.Org.CountRows("contact"));
        var failed = Assert.Single(_fx.Pipeline.FailedJobs);
        Assert.Equal("async failure", failed.Error);
        Assert.Equal(PipelineErrorCodes.IsvAborted, failed.ErrorCode);
    }

    [Fact]
    public void Jobs_queued_by_async_jobs_are_drained_too()
    {
        _fx.Step("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) => PipelineFixture.ServiceOf(services).Create(new Entity("contact")));
        var contacts = _fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous);
        _fx.Service.Create(new Entity("account"));

        var runs = _fx.Pipeline.DrainAsyncQueue();

        Assert.Equal(2, runs);
        Assert.Equal(2, Assert.Single(contacts).Depth);
    }

    [Fact]
    public void Async_steps_of_a_rolled_back_operation_are_never_queued()
    {
        var names = NamesSeenByAsyncStep();
        _fx.Step("Create", "account", StepStage.PostOperation, body: (c, _) => throw new InvalidPluginExecutionException("no"));

        Assert.ThrowsAny<System.Exception>(() => _fx.Service.Create(new Entity("account") { ["name"] = "a" }));

        Assert.Empty(_fx.Pipeline.PendingJobs);
    }
}
