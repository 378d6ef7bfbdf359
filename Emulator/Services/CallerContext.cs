using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator;

/// <summary>
/// Who makes a request and from where: the identity security applies to, and what the call log
/// and the pipeline need — depth and the context of the operation that caused it.
/// </summary>
public sealed class CallerContext
{
    /// <summary>Origin of calls made by test or host code rather than by a plugin or activity.</summary>
    public const string ClientOrigin = "client";

    public CallerContext(Guid userId, bool isSystem, string origin = ClientOrigin)
    {
        UserId = userId;
        InitiatingUserId = userId;
        IsSystem = isSystem;
        Origin = origin;
    }

    /// <summary>The user the request runs as (the SYSTEM user's id for a SYSTEM service).</summary>
    public Guid UserId { get; }

    /// <summary>The user who started the chain of operations (defaults to <see cref="UserId"/>).</summary>
    public Guid InitiatingUserId { get; init; }

    /// <summary>SYSTEM sees and may do everything.</summary>
    public bool IsSystem { get; }

    public string Origin { get; }

    /// <summary>0 for a call from outside any plugin; the pipeline sets the running step's depth.</summary>
    public int Depth { get; init; }

    /// <summary>The context of the operation whose plugin makes this call (null at top level).</summary>
    public IPluginExecutionContext? ParentContext { get; init; }

    /// <summary>Anything the pipeline wants to carry with the caller (e.g. the step being run).</summary>
    public object? PipelineState { get; init; }
}
