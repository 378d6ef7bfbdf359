using System;
using System.Activities;
using System.Diagnostics;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Workflows;

/// <summary>
/// Base of every custom workflow activity: builds the local context from the activity's
/// extensions, traces entry and exit with the elapsed time and correlation id, and turns every
/// failure into an InvalidPluginExecutionException, whose message the process shows. Activity
/// objects are cached and run concurrently: arguments are read through the context, never kept.
/// </summary>
public abstract class WorkflowActivityBase : CodeActivity
{
    public const string ServiceFaultMessage = "{0} could not complete a Dataverse request: {1}";
    public const string UnexpectedFailureMessage = "{0} failed unexpectedly: {1}";

    protected sealed override void Execute(CodeActivityContext executionContext)
    {
        if (executionContext == null)
        {
            throw new ArgumentNullException(nameof(executionContext));
        }

        var name = GetType().Name;
        var context = new LocalWorkflowContext(executionContext);
        var workflow = context.WorkflowContext;
        context.Trace(
            $"Entered {name}: {workflow.MessageName} of {workflow.PrimaryEntityName} {workflow.PrimaryEntityId}, " +
            $"mode {workflow.Mode}, depth {workflow.Depth}, correlation {workflow.CorrelationId}, initiated by {workflow.InitiatingUserId}.");
        var watch = Stopwatch.StartNew();
        try
        {
            ExecuteCore(context);
        }
        catch (InvalidPluginExecutionException failure)
        {
            context.Trace($"{name} rejected the step: {failure.Message}");
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
            context.Trace($"Exiting {name} after {watch.ElapsedMilliseconds} ms, correlation {workflow.CorrelationId}.");
        }
    }

    /// <summary>The activity's work. Throw InvalidPluginExecutionException with a user-facing message to fail the step.</summary>
    protected abstract void ExecuteCore(LocalWorkflowContext context);
}
