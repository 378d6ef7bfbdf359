using System;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Emulator.Workflows;

/// <summary>The IWorkflowContext a custom activity gets through GetExtension: a background (asynchronous) workflow's context.</summary>
public sealed class WorkflowExecutionContext : IWorkflowContext
{
    /// <summary>WorkflowCategory of a classic workflow (1 would be a dialog).</summary>
    public const int WorkflowCategoryWorkflow = 0;

    /// <summary>WorkflowMode of a background process (1 = real-time).</summary>
    public const int BackgroundMode = 0;

    public int Mode { get; set; } = (int)ExecutionMode.Asynchronous;

    public int IsolationMode { get; set; } = PluginExecutionContext.SandboxIsolation;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = string.Empty;

    public string PrimaryEntityName { get; set; } = string.Empty;

    public Guid? RequestId { get; set; }

    public string SecondaryEntityName { get; set; } = PluginStep.AnyEntity;

    public ParameterCollection InputParameters { get; set; } = new();

    public ParameterCollection OutputParameters { get; set; } = new();

    public ParameterCollection SharedVariables { get; set; } = new();

    public Guid UserId { get; set; }

    public Guid InitiatingUserId { get; set; }

    public Guid BusinessUnitId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = string.Empty;

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; set; } = new();

    public EntityImageCollection PostEntityImages { get; set; } = new();

    public EntityReference? OwningExtension { get; set; }

    public Guid CorrelationId { get; set; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    /// <summary>Background processes run outside any transaction: each activity's writes commit on their own.</summary>
    public bool IsInTransaction => false;

    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public IWorkflowContext? ParentContext { get; set; }

    /// <summary>The name of the process stage being run (empty for a process without stages).</summary>
    public string StageName { get; set; } = string.Empty;

    public int WorkflowCategory { get; set; } = WorkflowCategoryWorkflow;

    public int WorkflowMode { get; set; } = BackgroundMode;
}
