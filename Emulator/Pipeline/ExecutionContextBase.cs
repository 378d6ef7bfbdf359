using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The IExecutionContext members a plug-in step's context and a background process's context share.
/// IsInTransaction is left to each: a step may run inside the operation's transaction, a background
/// process never does — so this type declares no interface itself; each context declares its own.
/// </summary>
public abstract class ExecutionContextBase
{
    /// <summary>IsolationMode: 2 = sandbox, where every online plugin and custom activity runs.</summary>
    public const int SandboxIsolation = 2;

    protected ExecutionContextBase(ExecutionMode mode, string primaryEntityName)
    {
        Mode = (int)mode;
        PrimaryEntityName = primaryEntityName;
    }

    public int Mode { get; set; }

    public int IsolationMode { get; set; } = SandboxIsolation;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = string.Empty;

    public string PrimaryEntityName { get; set; }

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

    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; }
}
