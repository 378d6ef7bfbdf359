using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A test plugin with the (unsecure, secure) constructor; it counts its own calls to show the instance is reused.</summary>
public sealed class ConfiguredPlugin : IPlugin
{
    private readonly string unsecure;
    private readonly string secure;
    private int calls;

    public ConfiguredPlugin(string unsecure, string secure)
    {
        this.unsecure = unsecure;
        this.secure = secure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        calls++;
        var tracer = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracer.Trace("{0}|{1}|{2}", unsecure, secure, calls);
    }
}
