using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The execution context one step sees. The pipeline fills it; a test may also build one to run a
/// plugin directly. Collections are live: a PreOperation step that changes the Target changes
/// what is saved, and OutputParameters become the response's Results.
/// </summary>
public sealed class PluginExecutionContext : ExecutionContextBase, IPluginExecutionContext
{
    public PluginExecutionContext()
        : base(ExecutionMode.Synchronous, PluginStep.AnyEntity)
    {
    }

    public bool IsInTransaction { get; set; }

    public int Stage { get; set; }

    public IPluginExecutionContext? ParentContext { get; set; }

    /// <summary>
/// A shallow copy for another step or a queued job. InputParameters and SharedVariables stay shared on
/// purpose (a pre-operation step's change to the Target reaches the operation and the later steps, as on
/// the platform); the pipeline gives each copy its own image collections.
/// </summary>
    internal PluginExecutionContext CopyForStep() => (PluginExecutionContext)MemberwiseClone();
}
