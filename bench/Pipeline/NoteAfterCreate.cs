using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Pipeline;

/// <summary>A minimal asynchronous post-operation step: traces the created row, makes no service call.</summary>
public sealed class NoteAfterCreate : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("Created {0}", context.PrimaryEntityId);
    }
}
