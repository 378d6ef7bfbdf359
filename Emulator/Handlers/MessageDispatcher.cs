using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>The innermost executor: finds the handler for the request's message and runs it.</summary>
internal sealed class MessageDispatcher : IRequestExecutor
{
    private readonly EmulatedOrganization _organization;

    public MessageDispatcher(EmulatedOrganization organization)
    {
        _organization = organization;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        var name = request.RequestName ?? string.Empty;
        if (!_organization.Handlers.TryGet(name, out var handler))
        {
            throw new UnsupportedRequestException(name);
        }

        return handler.Handle(request, new RequestContext(_organization, caller));
    }
}
