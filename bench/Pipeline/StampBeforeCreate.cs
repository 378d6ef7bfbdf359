using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Pipeline;

/// <summary>A minimal synchronous pre-operation step: edits the Target, makes no service call.</summary>
public sealed class StampBeforeCreate : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is Entity target)
        {
            target["description"] = "stamped";
        }
    }
}
