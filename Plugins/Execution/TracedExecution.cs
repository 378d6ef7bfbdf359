using System;
using System.Diagnostics;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Execution;

/// <summary>
/// The one failure policy of the plug-ins and the workflow activities: trace
/// entry and exit with the elapsed time and correlation id, let an InvalidPluginExecutionException
/// through as it is, and wrap anything else in one — the only exception whose message Dataverse
/// shows to the user.
/// </summary>
internal static class TracedExecution
{
    /// <summary>{0} = the plug-in or activity, {1} = the fault's message.</summary>
    public const string ServiceFaultMessage = "{0} could not complete a Dataverse request: {1}";

    /// <summary>{0} = the plug-in or activity, {1} = the failure's message.</summary>
    public const string UnexpectedFailureMessage = "{0} failed unexpectedly: {1}";

    /// <summary>Runs <paramref name="handler"/> under the policy.</summary>
    /// <param name="name">The plug-in's or activity's type name, as messages and traces show it.</param>
    /// <param name="stage">The pipeline stage a plug-in step runs in; null for an activity, which has none.</param>
    /// <param name="rejected">What a rejection stops, in the trace: "operation" for a plug-in, "step" for an activity.</param>
    public static void Run(string name, IExecutionContext execution, int? stage, string rejected, Action<string> trace, Action handler)
    {
        var stagePart = stage is int number ? $"stage {number}, " : string.Empty;
        trace(
            $"Entered {name}: {execution.MessageName} of {execution.PrimaryEntityName} {execution.PrimaryEntityId}, " +
            $"{stagePart}mode {execution.Mode}, depth {execution.Depth}, correlation {execution.CorrelationId}, " +
            $"initiated by {execution.InitiatingUserId}.");
        var watch = Stopwatch.StartNew();
        try
        {
            handler();
        }
        catch (InvalidPluginExecutionException failure)
        {
            trace($"{name} rejected the {rejected}: {failure.Message}");
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            trace($"{name} got a service fault {fault.Detail?.ErrorCode}: {fault}");
            throw new InvalidPluginExecutionException(
                string.Format(ServiceFaultMessage, name, fault.Detail?.Message ?? fault.Message), fault);
        }
        catch (Exception failure)
        {
            trace($"{name} failed: {failure}");
            throw new InvalidPluginExecutionException(string.Format(UnexpectedFailureMessage, name, failure.Message), failure);
        }
        finally
        {
            trace($"Exiting {name} after {watch.ElapsedMilliseconds} ms, correlation {execution.CorrelationId}.");
        }
    }
}
