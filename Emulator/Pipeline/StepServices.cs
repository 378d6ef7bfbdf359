using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>The IServiceProvider passed to IPlugin.Execute: context, tracing and the service factory.</summary>
internal sealed class StepServices : IServiceProvider
{
    private readonly PluginExecutionContext _context;
    private readonly ITracingService _tracer;
    private readonly IOrganizationServiceFactory _factory;

    public StepServices(PluginExecutionContext context, ITracingService tracer, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracer = tracer;
        _factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracer;
        }

        return serviceType == typeof(IOrganizationServiceFactory) ? _factory : null;
    }
}
