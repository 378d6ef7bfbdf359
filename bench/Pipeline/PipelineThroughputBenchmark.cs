using System;
using BenchmarkDotNet.Attributes;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Pipeline;

/// <summary>
/// Emulator throughput: a user creates a row with one synchronous and one asynchronous step
/// registered, and the queue is drained after each Create (the event is finished before the next).
/// Reported per event: events per second = 1 s / Mean. A fresh organisation per iteration keeps
/// the store from growing across the run. More iterations than the short run: each one is ~0.15 s.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
[WarmupCount(5)]
[IterationCount(15)]
[MemoryDiagnoser]
public class PipelineThroughputBenchmark
{
    private const int EventsPerInvocation = 5000;

    private EventPipeline _pipeline = null!;
    private IOrganizationService _user = null!;

    [IterationSetup]
    public void NewOrganization()
    {
        var org = new EmulatedOrganization(new EmulatorOptions { Clock = new ManualClock() });
        _pipeline = EventPipeline.Attach(org);
        _pipeline.Register(new PluginStep("Create", "account", StepStage.PreOperation, ExecutionMode.Synchronous, typeof(StampBeforeCreate)));
        _pipeline.Register(new PluginStep("Create", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, typeof(NoteAfterCreate)));
        _user = org.ServiceFor(org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson }));
    }

    [Benchmark(OperationsPerInvoke = EventsPerInvocation)]
    public int CreateWithSyncAndAsyncStep()
    {
        var ran = 0;
        for (var i = 0; i < EventsPerInvocation; i++)
        {
            _user.Create(new Entity("account") { ["name"] = "Contoso" });
            ran += _pipeline.DrainAsyncQueue();
        }

        return ran == EventsPerInvocation ? ran : throw new InvalidOperationException($"{ran} asynchronous jobs ran for {EventsPerInvocation} events.");
    }
}
