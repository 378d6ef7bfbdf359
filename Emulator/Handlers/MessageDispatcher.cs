using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>The innermost executor: finds the handler for the request's message and runs it.</summary>
internal sealed class MessageDispatcher : IRequestExecutor
{
    private readonly EmulatedOrganization organization;

    public MessageDispatcher(EmulatedOrganization organization)
    {
        this.organization = organization;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        var name = request.RequestName ?? string.Empty;
        if (!organization.Handlers.TryGet(name, out var handler))
        {
            throw new UnsupportedRequestException(name);
        }

        return handler.Handle(request, new RequestContext(organization, caller));
    }
}
