using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>One request going through the pipeline: who asked, what it targets, and the context every step of it starts from.</summary>
internal sealed class EventOperation
{
    public EventOperation(OrganizationRequest request, CallerContext caller, string message, string entity, Guid primaryId, OperationChain chain, PluginExecutionContext template)
    {
        Request = request;
        Caller = caller;
        Message = message;
        Entity = entity;
        PrimaryId = primaryId;
        Chain = chain;
        Template = template;
    }

    public OrganizationRequest Request { get; }

    public CallerContext Caller { get; }

    /// <summary>The step message (Win, not WinOpportunity).</summary>
    public string Message { get; }

    public string Entity { get; }

    /// <summary>The target row's id (known after the core operation for a Create without one).</summary>
    public Guid PrimaryId { get; set; }

    public OperationChain Chain { get; }

    /// <summary>Shared by every step of the operation: InputParameters, SharedVariables, OutputParameters, ids, times.</summary>
    public PluginExecutionContext Template { get; }

    public int Depth => Template.Depth;
}
