using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The IOrganizationServiceFactory a step or activity gets: services that run through the whole
/// pipeline (nested operations fire their steps, one level deeper) and are logged with the
/// plugin or activity as origin. A null user id gives SYSTEM in a plugin and the workflow's user in
/// a custom workflow activity ("IOrganizationServiceFactory.CreateOrganizationService",
/// learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
/// </summary>
internal sealed class PipelineServiceFactory : IOrganizationServiceFactory
{
    private readonly EmulatedOrganization _organization;
    private readonly string _origin;
    private readonly IExecutionContext _context;
    private readonly IPluginExecutionContext? _parentContext;
    private readonly OperationChain _chain;
    private readonly Guid? _nullUser;

    /// <param name="nullUser">Who a null user id means: null for SYSTEM (plugins), the workflow's UserId for activities.</param>
    public PipelineServiceFactory(EmulatedOrganization organization, string origin, IExecutionContext context, IPluginExecutionContext? parentContext, OperationChain chain, Guid? nullUser = null)
    {
        _nullUser = nullUser;
        _organization = organization;
        _origin = origin;
        _context = context;
        _parentContext = parentContext;
        _chain = chain;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId ?? _nullUser ?? _organization.SystemUserId;
        return _organization.CreateService(new CallerContext(user, isSystem: user == _organization.SystemUserId, _origin)
        {
            InitiatingUserId = _context.InitiatingUserId,
            Depth = _context.Depth,
            ParentContext = _parentContext,
            PipelineState = _chain,
        });
    }
}
