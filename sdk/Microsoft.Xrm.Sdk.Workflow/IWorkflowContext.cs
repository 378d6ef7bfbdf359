namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The execution context a custom workflow activity gets through GetExtension&lt;IWorkflowContext&gt;().</summary>
public interface IWorkflowContext : IExecutionContext
{
    IWorkflowContext ParentContext { get; }

    string StageName { get; }

    int WorkflowCategory { get; }

    /// <summary>0 background (asynchronous), 1 real-time.</summary>
    int WorkflowMode { get; }
}
