using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Execution;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// Base of every plug-in: builds the local context and runs the plug-in under
/// <see cref="TracedExecution"/> (entry/exit trace, every failure an InvalidPluginExecutionException).
/// Each plug-in declares the steps it is registered with (<see cref="Steps"/>), or the Custom API it
/// backs; the solution's step list is collected from these declarations. Called for an event it does
/// not declare (a step added by hand, a wrong registration), a step plug-in traces and returns; the
/// Custom API's plug-in throws, since a silent return would read as "done, no more records".
/// Plug-in objects are cached and run concurrently, so a subclass keeps no state in fields.
/// </summary>
public abstract class PluginBase : IPlugin
{
    public const string MissingServiceProviderMessage = "The plug-in was started without a service provider.";
    public const string ServiceFaultMessage = TracedExecution.ServiceFaultMessage;
    public const string UnexpectedFailureMessage = TracedExecution.UnexpectedFailureMessage;

    /// <summary>{0} = the plug-in, {1} = the Custom API it backs, {2} = the message it was called for.</summary>
    public const string WrongMessageForCustomApi = "{0} backs the Custom API {1} and cannot run for {2}.";

    /// <summary>The steps this plug-in is registered with (empty for a Custom API's plug-in).</summary>
    public abstract IReadOnlyList<StepRegistration> Steps { get; }

    /// <summary>The unique name of the Custom API this plug-in backs, or null for a step plug-in.</summary>
    public virtual string? CustomApi => null;

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException(MissingServiceProviderMessage);
        }

        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        TracedExecution.Run(GetType().Name, execution, execution.Stage, "operation", context.Trace, () =>
        {
            if (CustomApi is { } api)
            {
                if (execution.MessageName != api)
                {
                    throw new InvalidPluginExecutionException(string.Format(WrongMessageForCustomApi, GetType().Name, api, execution.MessageName));
                }
            }
            else if (!Steps.Any(step => step.Handles(execution)))
            {
                context.Trace($"{GetType().Name} declares no step for {execution.MessageName} of {execution.PrimaryEntityName} at stage {execution.Stage}, mode {execution.Mode}; nothing done.");
                return;
            }

            ExecuteCore(context);
        });
    }

    /// <summary>The plug-in's work. Throw InvalidPluginExecutionException with a user-facing message to reject.</summary>
    protected abstract void ExecuteCore(LocalPluginContext context);
}
