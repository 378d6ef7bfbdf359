using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>An organisation with a pipeline, and shortcuts to register test steps that record what they saw.</summary>
internal sealed class PipelineFixture
{
    public PipelineFixture(PipelineOptions? options = null)
    {
        Pipeline = EventPipeline.Attach(Org, options);
    }

    public EmulatedOrganization Org { get; } = new();

    public EventPipeline Pipeline { get; }

    public IOrganizationService Service => Org.SystemService;

    /// <summary>Registers a step running the action; returns the list of contexts it ran with.</summary>
    public List<IPluginExecutionContext> Step(
        string message,
        string entity,
        StepStage stage,
        ExecutionMode mode = ExecutionMode.Synchronous,
        Action<IPluginExecutionContext, IServiceProvider>? body = null,
        int rank = 1,
        string[]? filtering = null,
        StepImage[]? images = null,
        bool runAsSystem = false,
        string name = "TestPlugin",
        Guid? id = null)
    {
        var seen = new List<IPluginExecutionContext>();
        Pipeline.Register(new PluginStep(message, entity, stage, mode, name, () => new DelegatePlugin((context, services) =>
        {
            seen.Add(context);
            body?.Invoke(context, services);
        }))
        {
            Rank = rank,
            FilteringAttributes = filtering ?? Array.Empty<string>(),
            Images = images ?? Array.Empty<StepImage>(),
            RunAsSystem = runAsSystem,
            Id = id ?? Guid.NewGuid(),
        });
        return seen;
    }

    public static IOrganizationService ServiceOf(IServiceProvider services, Guid? userId = null) =>
        ((IOrganizationServiceFactory)services.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(userId);

    public static ITracingService TracerOf(IServiceProvider services) => (ITracingService)services.GetService(typeof(ITracingService))!;
}
