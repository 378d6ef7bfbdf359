using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A Custom API plugin for the tests: echoes Mode, reports its stage; "Fail" writes then throws.</summary>
public sealed class EchoApiPlugin : IPlugin
{
    public const string FailureMessage = "Echo failed on purpose.";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var mode = (string)context.InputParameters["Mode"];
        if (mode == "Fail")
        {
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Create(new Entity("contact"));
            throw new InvalidPluginExecutionException(FailureMessage);
        }

        context.OutputParameters["Echo"] = mode;
        context.OutputParameters["Stage"] = context.Stage;
    }
}
