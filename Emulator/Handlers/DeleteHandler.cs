using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Handlers;

/// <summary>Delete: removes the row (no cascade: related rows keep their now dangling lookups).</summary>
public sealed class DeleteHandler : IRequestHandler
{
    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<EntityReference>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        var organization = context.Organization;
        var current = RowLocator.Existing(organization, target.LogicalName, target.Id);
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Delete, current);
        RowLocator.CheckVersion(RowLocator.BehaviorOf(request), target.RowVersion, current);
        organization.Store.Delete(target.LogicalName, target.Id);
        return new DeleteResponse();
    }
}
