using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Handlers;

/// <summary>Update: merges the target's columns into the stored row (null clears), new RowVersion.</summary>
public sealed class UpdateHandler : IRequestHandler
{
    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<Entity>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        var organization = context.Organization;
        var current = RowLocator.Existing(organization, target.LogicalName, RowLocator.IdOf(organization, target));
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Write, current);
        RowLocator.CheckVersion(RowLocator.BehaviorOf(request), target.RowVersion, current);
        organization.Store.Replace(organization.Writer.ComposeUpdate(current, target, context.Caller.UserId));
        return new UpdateResponse();
    }
}
