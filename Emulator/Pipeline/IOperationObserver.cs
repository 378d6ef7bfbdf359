namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// Something besides plugin steps that reacts to operations (background processes): told after
/// each core operation whose message and table it watches; it may queue async jobs, which are
/// kept only if the operation commits.
/// </summary>
internal interface IOperationObserver
{
    bool Watches(string message, string entity);

    void OnOperation(EventPipeline pipeline, CommittedOperation operation);
}
