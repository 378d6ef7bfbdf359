using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>
/// WhoAmI: the caller's user id, business unit and organisation. On a plug-in's
/// <c>CreateOrganizationService(null)</c> service it names the SYSTEM user, which is how the product
/// recognises SYSTEM by id (the request and response classes live in Microsoft.Crm.Sdk.Proxy, so
/// callers use <c>new OrganizationRequest("WhoAmI")</c> and read the results by name).
/// </summary>
public sealed class WhoAmIHandler : IRequestHandler
{
    public string MessageName => "WhoAmI";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var organization = context.Organization;
        var user = context.Caller.UserId;
        return new OrganizationResponse
        {
            ResponseName = MessageName,
            Results =
            {
                ["UserId"] = user,
                ["BusinessUnitId"] = organization.Directory.BusinessUnitOfUser(user),
                ["OrganizationId"] = organization.OrganizationId,
            },
        };
    }
}
