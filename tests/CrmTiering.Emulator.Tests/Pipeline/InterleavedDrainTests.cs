using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>
/// Asynchronous jobs run as resources allow, not strictly in order ("Asynchronous service",
/// learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service), and one cached plug-in
/// instance may serve several executions at once ("Develop IPlugin implementations as stateless",
/// learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless),
/// so two jobs for one record can overlap; hence a job writes with IfRowVersionMatches ("Optimistic concurrency",
/// learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency). An interleaved
/// drain switches between jobs at each of their own service calls.
/// </summary>
public class InterleavedDrainTests
{
    private readonly PipelineFixture _fx = new();
    private readonly Guid _account;

    public InterleavedDrainTests()
    {
        _account = _fx.Service.Create(new Entity("account") { ["name"] = "Contoso", ["numberofemployees"] = 0 });
    }

    /// <summary>An async step on contact Create: reads the account, then writes it back counted up, only if unchanged.</summary>
    private static void CountContactsGuarded(PipelineFixture fx, Guid account) =>
        fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            var read = service.Retrieve("account", account, new ColumnSet("numberofemployees"));
            service.Execute(new UpdateRequest
            {
                Target = new Entity("account", account) { ["numberofemployees"] = read.GetAttributeValue<int>("numberofemployees") + 1, RowVersion = read.RowVersion },
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            });
        }, name: "CountContacts");

    private void CreateContacts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _fx.Service.Create(new Entity("contact") { ["lastname"] = "C" + i });
        }
    }

    private int Employees() => _fx.Org.Peek("account", _account)!.GetAttributeValue<int>("numberofemployees");

    [Fact]
    public void Two_jobs_that_both_read_before_either_writes_make_the_second_write_fail_with_a_version_mismatch()
    {
        CountContactsGuarded(_fx, _account);
        CreateContacts(2);
        var jobs = _fx.Pipeline.PendingJobs.ToList();

        var drain = _fx.Pipeline.DrainInterleaved(Interleaving.ReadsBeforeWrites);

        Assert.Equal(new[] { "Retrieve", "Retrieve", "Update", "Update" }, drain.Calls.Select(c => c.MessageName));
        Assert.Equal(new[] { jobs[0], jobs[1], jobs[0], jobs[1] }, drain.Calls.Select(c => c.Job));
        Assert.Equal(AsyncJobState.Succeeded, jobs[0].State);
        Assert.Equal(AsyncJobState.Failed, jobs[1].State);
        Assert.Equal(PlatformErrorCodes.ConcurrencyVersionMismatch, jobs[1].ErrorCode);
        Assert.Equal(1, Employees());
        Assert.Equal(jobs, drain.CommitOrder);
    }

    [Fact]
    public void The_same_jobs_drained_one_after_another_both_succeed()
    {
        CountContactsGuarded(_fx, _account);
        CreateContacts(2);

        _fx.Pipeline.DrainAsyncQueue();

        Assert.Empty(_fx.Pipeline.FailedJobs);
        Assert.Equal(2, Employees());
    }

    [Fact]
    public void A_seeded_schedule_gives_the_same_interleaving_every_time()
    {
        static (string Calls, string Commits) Run(int seed)
        {
            var fx = new PipelineFixture();
            fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) =>
            {
                var service = PipelineFixture.ServiceOf(services);
                service.Retrieve("contact", c.PrimaryEntityId, new ColumnSet("lastname"));
                service.Create(new Entity("task") { ["subject"] = "first" });
                service.Create(new Entity("task") { ["subject"] = "second" });
            });
            for (var i = 0; i < 4; i++)
            {
                fx.Service.Create(new Entity("contact") { ["lastname"] = "C" + i });
            }

            var drain = fx.Pipeline.DrainInterleaved(Interleaving.Seeded(seed));
            return (string.Join(" ", drain.Calls.Select(c => $"{c.Job.Sequence}.{c.CallNumber}")), string.Join(" ", drain.CommitOrder.Select(j => j.Sequence)));
        }

        var first = Run(42);

        Assert.Equal(first, Run(42));
        Assert.Equal(12, first.Calls.Split(' ').Length);
        Assert.True(Enumerable.Range(0, 10).Select(Run).Distinct().Count() > 1, "different seeds should give different interleavings");
    }

    [Fact]
    public void A_calls_nested_synchronous_steps_run_without_another_job_in_between()
    {
        var log = new List<string>();
        _fx.Step("Create", "task", StepStage.PostOperation, body: (c, services) =>
        {
            log.Add("enter");
            var service = PipelineFixture.ServiceOf(services);
            service.Retrieve("account", _account, new ColumnSet("name"));
            service.Update(new Entity("account", _account) { ["name"] = "touched" });
            log.Add("leave");
        }, name: "SyncOnTask");
        _fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (_, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            for (var i = 0; i < 2; i++)
            {
                service.Retrieve("account", _account, new ColumnSet("name"));
                service.Create(new Entity("task"));
            }
        });
        CreateContacts(2);
        var mark = _fx.Org.Calls.Mark();

        var drain = _fx.Pipeline.DrainInterleaved(Interleaving.RoundRobin);

        Assert.Equal(8, drain.Calls.Count);
        Assert.Equal(new long[] { 0, 1, 0, 1, 0, 1, 0, 1 }.Select(i => i + drain.Calls[0].Job.Sequence), drain.Calls.Select(c => c.Job.Sequence));
        Assert.Equal(Enumerable.Repeat(new[] { "enter", "leave" }, 4).SelectMany(p => p), log);
        var calls = _fx.Org.Calls.Since(mark);
        Assert.Equal(16, calls.Count);
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Origin == "SyncOnTask")
            {
                continue;
            }

            // Every task Create is followed at once by the two calls of its own synchronous step.
            if (calls[i].Message == "Create")
            {
                Assert.Equal(new[] { "SyncOnTask", "SyncOnTask" }, new[] { calls[i + 1].Origin, calls[i + 2].Origin });
            }
        }
    }

    [Fact]
    public void Jobs_queued_by_interleaved_jobs_run_afterwards_in_submission_order()
    {
        var followUps = new List<string>();
        _fx.Step("Create", "task", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, _) => followUps.Add((string)((Entity)c.InputParameters["Target"])["subject"]), name: "FollowUp");
        _fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            service.Retrieve("contact", c.PrimaryEntityId, new ColumnSet("lastname"));
            service.Create(new Entity("task") { ["subject"] = (string)((Entity)c.InputParameters["Target"])["lastname"] });
        });
        CreateContacts(2);

        // The later job goes first at every choice, so it finishes (and queues its task's job) first.
        var drain = _fx.Pipeline.DrainInterleaved(Interleaving.Custom(waiting => waiting[^1]));

        Assert.Equal(4, drain.Runs);
        Assert.Equal(new[] { "C1", "C0" }, followUps);
        Assert.Equal(drain.CommitOrder.Concat(_fx.Pipeline.FinishedJobs.Skip(2)), _fx.Pipeline.FinishedJobs);
        Assert.All(_fx.Pipeline.FinishedJobs.Skip(2), j => Assert.StartsWith("FollowUp", j.Name));
        Assert.Empty(_fx.Pipeline.PendingJobs);
    }

    [Fact]
    public void A_failing_job_is_recorded_and_the_others_carry_on()
    {
        _fx.Step("Create", "contact", StepStage.PostOperation, ExecutionMode.Asynchronous, (c, services) =>
        {
            var service = PipelineFixture.ServiceOf(services);
            service.Retrieve("contact", c.PrimaryEntityId, new ColumnSet("lastname"));
            if ((string)((Entity)c.InputParameters["Target"])["lastname"] == "C0")
            {
                throw new InvalidPluginExecutionException("job failed");
            }

            service.Create(new Entity("task"));
        });
        CreateContacts(2);

        _fx.Pipeline.DrainInterleaved(Interleaving.RoundRobin);

        var failed = Assert.Single(_fx.Pipeline.FailedJobs);
        Assert.Equal("job failed", failed.Error);
        Assert.Equal(1, _fx.Org.CountRows("task"));
    }

    [Fact]
    public void The_commit_order_replays_serially_in_an_organisation_set_up_alike()
    {
        static PipelineFixture SetUp(out Guid account)
        {
            var fx = new PipelineFixture();
            account = fx.Service.Create(new Entity("account") { ["numberofemployees"] = 0 });
            CountContactsGuarded(fx, account);
            for (var i = 0; i < 3; i++)
            {
                fx.Service.Create(new Entity("contact"));
            }

            return fx;
        }

        var drain = SetUp(out _).Pipeline.DrainInterleaved(Interleaving.Custom(waiting => waiting[^1]));
        var order = drain.CommitOrder.Select(j => j.Sequence).ToList();
        var replay = SetUp(out var account);

        replay.Pipeline.DrainAsyncQueue(DrainOrder.Replay(order));

        Assert.Equal(order, replay.Pipeline.FinishedJobs.Select(j => j.Sequence));
        Assert.NotEqual(order.OrderBy(s => s), order);
        Assert.Equal(3, replay.Org.Peek("account", account)!.GetAttributeValue<int>("numberofemployees"));
    }

    [Fact]
    public void A_schedule_that_picks_no_waiting_call_is_refused_and_every_job_is_stopped()
    {
        CountContactsGuarded(_fx, _account);
        CreateContacts(2);

        Assert.Throws<InvalidOperationException>(() => _fx.Pipeline.DrainInterleaved(Interleaving.Custom(_ => null!)));

        Assert.Equal(2, _fx.Pipeline.FailedJobs.Count);
        Assert.Equal(0, Employees());
        _fx.Service.Create(new Entity("contact"));
        _fx.Pipeline.DrainAsyncQueue();
        Assert.Equal(1, Employees());
    }
}
