namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>10 pre-validation, 20 pre-operation, 30 main operation, 40 post-operation.</summary>
    int Stage { get; }

    IPluginExecutionContext ParentContext { get; }
}
