using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Emulator.Workflows;

/// <summary>The IWorkflowContext a custom activity gets through GetExtension: a background (asynchronous) workflow's context.</summary>
public sealed class WorkflowExecutionContext : ExecutionContextBase, IWorkflowContext
{
    /// <summary>WorkflowCategory of a classic workflow (1 would be a dialog).</summary>
    public const int WorkflowCategoryWorkflow = 0;

    /// <summary>WorkflowMode of a background process (1 = real-time).</summary>
    public const int BackgroundMode = 0;

    public WorkflowExecutionContext()
        : base(ExecutionMode.Asynchronous, string.Empty)
    {
    }

    /// <summary>Background processes run outside any transaction: each activity's writes commit on their own.</summary>
    public bool IsInTransaction => false;

    public IWorkflowContext? ParentContext { get; set; }

    /// <summary>The name of the process stage being run (empty for a process without stages).</summary>
    public string StageName { get; set; } = string.Empty;

    public int WorkflowCategory { get; set; } = WorkflowCategoryWorkflow;

    public int WorkflowMode { get; set; } = BackgroundMode;
}
