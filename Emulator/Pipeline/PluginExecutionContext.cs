using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The execution context one step sees. The pipeline fills it; a test may also build one to run a
/// plugin directly. Collections are live: a PreOperation step that changes the Target changes
/// what is saved, and OutputParameters become the response's Results.
/// </summary>
public sealed class PluginExecutionContext : IPluginExecutionContext
{
    /// <summary>IsolationMode: 2 = sandbox, where every online plugin runs.</summary>
    public const int SandboxIsolation = 2;

    public int Mode { get; set; }

    public int IsolationMode { get; set; } = SandboxIsolation;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = string.Empty;

    public string PrimaryEntityName { get; set; } = PluginStep.AnyEntity;

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

    public bool IsInTransaction { get; set; }

    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public int Stage { get; set; }

    public IPluginExecutionContext? ParentContext { get; set; }

    /// <summary>A copy for another step or a queued job: own images and parameter collections, same values.</summary>
    internal PluginExecutionContext CopyForStep() => (PluginExecutionContext)MemberwiseClone();
}
