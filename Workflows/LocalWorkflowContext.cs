using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Workflows;

/// <summary>
/// What one activity execution works with, taken from the activity context's extensions. It
/// names the identities: the user who started the process and the user the process runs as. There
/// is no SYSTEM here: in a custom workflow activity CreateOrganizationService(null) runs as the
/// workflow context's user (IOrganizationServiceFactory.CreateOrganizationService reference), so
/// activities never write computed columns or history rows.
/// </summary>
public sealed class LocalWorkflowContext
{
    public const string MissingExtensionMessage = "The workflow host provided no {0}.";

    private IOrganizationService? _initiatingUserService;
    private IOrganizationService? _processUserService;

    public LocalWorkflowContext(CodeActivityContext activityContext)
    {
        ActivityContext = activityContext ?? throw new ArgumentNullException(nameof(activityContext));
        WorkflowContext = Require<IWorkflowContext>(activityContext);
        TracingService = Require<ITracingService>(activityContext);
        ServiceFactory = Require<IOrganizationServiceFactory>(activityContext);
    }

    /// <summary>Reads and writes the activity's arguments.</summary>
    public CodeActivityContext ActivityContext { get; }

    public IWorkflowContext WorkflowContext { get; }

    public ITracingService TracingService { get; }

    public IOrganizationServiceFactory ServiceFactory { get; }

    /// <summary>Acts as the user who started the process (their privileges apply).</summary>
    public IOrganizationService InitiatingUserService =>
        _initiatingUserService ??= ServiceFactory.CreateOrganizationService(WorkflowContext.InitiatingUserId);

    /// <summary>
    /// Acts as the user the process runs as (the context's UserId): a background workflow runs as
    /// its owner, so what this service creates is created by the process owner, not by the rep.
    /// </summary>
    public IOrganizationService ProcessUserService =>
        _processUserService ??= ServiceFactory.CreateOrganizationService(WorkflowContext.UserId);

    /// <summary>Writes one line to the trace log; the text is never parsed as a format string.</summary>
    public void Trace(string message) => TracingService.Trace("{0}", message);

    private static T Require<T>(CodeActivityContext activityContext) where T : class =>
        activityContext.GetExtension<T>()
        ?? throw new InvalidPluginExecutionException(string.Format(MissingExtensionMessage, typeof(T).Name));
}
