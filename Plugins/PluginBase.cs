using System;
using System.Diagnostics;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// Base of every plug-in: builds the local context, traces entry and exit with the elapsed time
/// and correlation id, and turns every failure into an InvalidPluginExecutionException, the only
/// exception whose message Dataverse shows to the user. Plug-in objects are cached and run
/// concurrently, so a subclass keeps no state in fields.
/// </summary>
public abstract class PluginBase : IPlugin
{
    public const string MissingServiceProviderMessage = "The plug-in was started without a service provider.";
    public const string ServiceFaultMessage = "{0} could not complete a Dataverse request: {1}";
    public const string UnexpectedFailureMessage = "{0} failed unexpectedly: {1}";

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException(MissingServiceProviderMessage);
        }

        var name = GetType().Name;
        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        context.Trace(
            $"Entered {name}: {execution.MessageName} of {execution.PrimaryEntityName} {execution.PrimaryEntityId}, " +
            $"stage {execution.Stage}, mode {execution.Mode}, depth {execution.Depth}, correlation {execution.CorrelationId}, " +
            $"initiated by {execution.InitiatingUserId}.");
        var watch = Stopwatch.StartNew();
        try
        {
            ExecuteCore(context);
        }
        catch (InvalidPluginExecutionException failure)
        {
            context.Trace($"{name} rejected the operation: {failure.Message}");
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            context.Trace($"{name} got a service fault {fault.Detail?.ErrorCode}: {fault}");
            throw new InvalidPluginExecutionException(
                string.Format(ServiceFaultMessage, name, fault.Detail?.Message ?? fault.Message), fault);
        }
        catch (Exception failure)
        {
            context.Trace($"{name} failed: {failure}");
            throw new InvalidPluginExecutionException(string.Format(UnexpectedFailureMessage, name, failure.Message), failure);
        }
        finally
        {
            context.Trace($"Exiting {name} after {watch.ElapsedMilliseconds} ms, correlation {execution.CorrelationId}.");
        }
    }

    /// <summary>The plug-in's work. Throw InvalidPluginExecutionException with a user-facing message to reject.</summary>
    protected abstract void ExecuteCore(LocalPluginContext context);
}
