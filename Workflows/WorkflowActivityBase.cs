using System;
using System.Activities;
using CrmTiering.Plugins.Execution;

namespace CrmTiering.Workflows;

/// <summary>
/// Base of every custom workflow activity: builds the local context from the activity's
/// extensions and runs the activity under <see cref="TracedExecution"/> (entry/exit trace, every
/// failure an InvalidPluginExecutionException, whose message the process shows). Activity
/// objects are cached and run concurrently: arguments are read through the context, never kept.
/// </summary>
public abstract class WorkflowActivityBase : CodeActivity
{
    public const string ServiceFaultMessage = TracedExecution.ServiceFaultMessage;
    public const string UnexpectedFailureMessage = TracedExecution.UnexpectedFailureMessage;

    protected sealed override void Execute(CodeActivityContext executionContext)
    {
        if (executionContext == null)
        {
            throw new ArgumentNullException(nameof(executionContext));
        }

        var context = new LocalWorkflowContext(executionContext);
        TracedExecution.Run(GetType().Name, context.WorkflowContext, stage: null, "step", context.Trace, () => ExecuteCore(context));
    }

    /// <summary>The activity's work. Throw InvalidPluginExecutionException with a user-facing message to fail the step.</summary>
    protected abstract void ExecuteCore(LocalWorkflowContext context);
}
