namespace CrmTiering.Emulator.Pipeline;

/// <summary>Fault texts of the pipeline, in the platform's words where known. Public so tests assert on them.</summary>
public static class PipelineMessages
{
    /// <summary>The platform's infinite-loop text (documented for workflows; the same rule stops plugins).</summary>
    public const string InfiniteLoop = "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.";

    /// <summary>{0} "won" or "lost", {1} "win" or "lose". The platform's text for an Update that closes an opportunity.</summary>
    public const string OpportunityStateViaUpdate = "This message can not be used to set the state of opportunity to {0}. In order to set state of opportunity to {0}, use the {1} message instead.";

    /// <summary>What a fault says for a plugin's unexpected exception: {0} exception type, {1} its message.</summary>
    public const string UnexpectedPluginError = "Unexpected exception from plug-in (Execute): {0}: {1}";
}
