using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>The IServiceProvider passed to IPlugin.Execute: context, tracing and the service factory.</summary>
internal sealed class StepServices : IServiceProvider
{
    private readonly PluginExecutionContext context;
    private readonly ITracingService tracer;
    private readonly IOrganizationServiceFactory factory;

    public StepServices(PluginExecutionContext context, ITracingService tracer, IOrganizationServiceFactory factory)
    {
        this.context = context;
        this.tracer = tracer;
        this.factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return tracer;
        }

        return serviceType == typeof(IOrganizationServiceFactory) ? factory : null;
    }
}
