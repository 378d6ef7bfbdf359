using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A test plugin with the (unsecure, secure) constructor; it counts its own calls to show the instance is reused.</summary>
public sealed class ConfiguredPlugin : IPlugin
{
    private readonly string _unsecure;
    private readonly string _secure;
    private int _calls;

    public ConfiguredPlugin(string unsecure, string secure)
    {
        _unsecure = unsecure;
        _secure = secure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        _calls++;
        var tracer = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracer.Trace("{0}|{1}|{2}", _unsecure, _secure, _calls);
    }
}
