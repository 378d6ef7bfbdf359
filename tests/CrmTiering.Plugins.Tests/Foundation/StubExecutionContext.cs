using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>A hand-made execution context for the base-class tests (plug-in and workflow shapes).</summary>
public sealed class StubExecutionContext : IPluginExecutionContext, IWorkflowContext
{
    public int Mode { get; set; }
    public int IsolationMode { get; set; } = 2;
    public int Depth { get; set; } = 1;
    public string MessageName { get; set; } = "Update";
    public string PrimaryEntityName { get; set; } = "account";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection InputParameters { get; } = new ParameterCollection();
    public ParameterCollection OutputParameters { get; } = new ParameterCollection();
    public ParameterCollection SharedVariables { get; } = new ParameterCollection();
    public Guid UserId { get; set; } = Guid.NewGuid();
    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();
    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; } = Guid.NewGuid();
    public string OrganizationName { get; set; } = "contoso";
    public Guid PrimaryEntityId { get; set; } = Guid.NewGuid();
    public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();
    public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();
    public EntityReference OwningExtension { get; set; } = new EntityReference("sdkmessageprocessingstep", Guid.NewGuid());
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
    public bool IsExecutingOffline { get; set; }
    public bool IsOfflinePlayback { get; set; }
    public bool IsInTransaction { get; set; } = true;
    public Guid OperationId { get; set; } = Guid.NewGuid();
    public DateTime OperationCreatedOn { get; set; } = new DateTime(2025, 3, 31, 12, 0, 0, DateTimeKind.Utc);
    public int Stage { get; set; } = 40;
    public string StageName { get; set; } = "PostOperation";
    public int WorkflowCategory { get; set; }
    public int WorkflowMode { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => null!;

    IWorkflowContext IWorkflowContext.ParentContext => null!;
}
