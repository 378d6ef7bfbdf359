using System;
using CrmTiering.Plugins.Execution;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// Base of every plug-in: builds the local context and runs the plug-in under
/// <see cref="TracedExecution"/> (entry/exit trace, every failure an InvalidPluginExecutionException).
/// Plug-in objects are cached and run concurrently, so a subclass keeps no state in fields.
/// </summary>
public abstract class PluginBase : IPlugin
{
    public const string MissingServiceProviderMessage = "The plug-in was started without a service provider.";
    public const string ServiceFaultMessage = TracedExecution.ServiceFaultMessage;
    public const string UnexpectedFailureMessage = TracedExecution.UnexpectedFailureMessage;

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException(MissingServiceProviderMessage);
        }

        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        TracedExecution.Run(GetType().Name, execution, execution.Stage, "operation", context.Trace, () => ExecuteCore(context));
    }

    /// <summary>The plug-in's work. Throw InvalidPluginExecutionException with a user-facing message to reject.</summary>
    protected abstract void ExecuteCore(LocalPluginContext context);
}
