using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The IOrganizationServiceFactory a step or activity gets: services that run through the whole
/// pipeline (nested operations fire their steps, one level deeper) and are logged with the
/// plugin or activity as origin. A null user id gives SYSTEM.
/// </summary>
internal sealed class PipelineServiceFactory : IOrganizationServiceFactory
{
    private readonly EmulatedOrganization organization;
    private readonly string origin;
    private readonly IExecutionContext context;
    private readonly IPluginExecutionContext? parentContext;
    private readonly OperationChain chain;

    public PipelineServiceFactory(EmulatedOrganization organization, string origin, IExecutionContext context, IPluginExecutionContext? parentContext, OperationChain chain)
    {
        this.organization = organization;
        this.origin = origin;
        this.context = context;
        this.parentContext = parentContext;
        this.chain = chain;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId ?? organization.SystemUserId;
        return organization.CreateService(new CallerContext(user, isSystem: user == organization.SystemUserId, origin)
        {
            InitiatingUserId = context.InitiatingUserId,
            Depth = context.Depth,
            ParentContext = parentContext,
            PipelineState = chain,
        });
    }
}
