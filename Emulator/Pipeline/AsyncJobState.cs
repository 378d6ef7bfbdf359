namespace CrmTiering.Emulator.Pipeline;

/// <summary>Where a queued job stands (a system job's status, simplified).</summary>
public enum AsyncJobState
{
    Waiting,
    Succeeded,
    Failed,
}
