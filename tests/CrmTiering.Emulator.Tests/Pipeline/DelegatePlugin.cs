using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A test plugin whose Execute is the given action (context, services).</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Action<IPluginExecutionContext, IServiceProvider> _body;

    public DelegatePlugin(Action<IPluginExecutionContext, IServiceProvider> body)
    {
        _body = body;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        _body(context, serviceProvider);
    }
}
