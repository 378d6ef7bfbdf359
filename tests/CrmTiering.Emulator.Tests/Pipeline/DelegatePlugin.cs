using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A test plugin whose Execute is the given action (context, services).</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Action<IPluginExecutionContext, IServiceProvider> body;

    public DelegatePlugin(Action<IPluginExecutionContext, IServiceProvider> body)
    {
        this.body = body;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        body(context, serviceProvider);
    }
}
