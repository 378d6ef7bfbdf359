using System;
using System.Collections.Generic;

namespace CrmTiering.Plugins.Registration;

/// <summary>
/// One SDK message processing step, declared in code beside the plugin class that handles it.
/// The same declarations feed the packed solution and the emulator, so what ships is what is tested.
/// </summary>
public sealed class StepRegistration
{
    public StepRegistration(
        Guid id,
        Type pluginType,
        SdkMessage message,
        string primaryEntity,
        PipelineStage stage,
        StepMode mode,
        int rank = 1,
        IReadOnlyList<string>? filteringAttributes = null,
        IReadOnlyList<ImageRegistration>? images = null,
        bool runAsSystem = false,
        string? description = null)
    {
        Id = id;
        PluginType = pluginType;
        SdkMessage = message;
        PrimaryEntity = primaryEntity;
        Stage = stage;
        Mode = mode;
        Rank = rank;
        FilteringAttributes = filteringAttributes ?? Array.Empty<string>();
        Images = images ?? Array.Empty<ImageRegistration>();
        RunAsSystem = runAsSystem;
        Description = description ?? string.Empty;
    }

    /// <summary>Pinned step id: a re-import updates the step rather than duplicating it.</summary>
    public Guid Id { get; }

    public Type PluginType { get; }

    public SdkMessage SdkMessage { get; }

    /// <summary>SDK message name, e.g. "Create", "Update", "Win".</summary>
    public string Message => SdkMessage.ToString();

    /// <summary>Logical name of the table, or "none" for an unbound message.</summary>
    public string PrimaryEntity { get; }

    public PipelineStage Stage { get; }

    public StepMode Mode { get; }

    /// <summary>Execution order among steps of the same event and stage (lower first).</summary>
    public int Rank { get; }

    /// <summary>Update steps fire only when one of these columns is in the Target; empty = any column.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; }

    public IReadOnlyList<ImageRegistration> Images { get; }

    /// <summary>
    /// True to run in the SYSTEM user's context (impersonating user = SYSTEM);
    /// false runs as the calling user. The plugins still use the SYSTEM service for tier data.
    /// </summary>
    public bool RunAsSystem { get; }

    public string Description { get; }

    /// <summary>True when this step is the one registered for the event the context describes.</summary>
    public bool Handles(Microsoft.Xrm.Sdk.IPluginExecutionContext context) =>
        context.MessageName == Message
        && context.PrimaryEntityName == PrimaryEntity
        && context.Stage == (int)Stage
        && context.Mode == (int)Mode;

    /// <summary>Async steps delete their successful system jobs (no clutter in System Jobs).</summary>
    public bool DeleteAsyncOperationIfSuccessful => Mode == StepMode.Asynchronous;

    /// <summary>The name Dataverse shows, in the style of the Plug-in Registration Tool.</summary>
    public string Name => $"{PluginType.FullName}: {Message} of {PrimaryEntity}";
}
