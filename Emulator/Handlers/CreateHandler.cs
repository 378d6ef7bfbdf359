using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Handlers;

/// <summary>Create: stores a copy of the target with the platform's columns; returns the new id.</summary>
public sealed class CreateHandler : IRequestHandler
{
    public string MessageName => "Create";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<Entity>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        var organization = context.Organization;
        var row = organization.Writer.ComposeNew(target, context.Caller.UserId, seeding: false);
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Create, row);
        organization.Store.Insert(row);
        var response = new CreateResponse();
        response.Results["id"] = row.Id;
        return response;
    }
}
