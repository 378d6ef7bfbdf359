using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>
/// The platform's core operation for one message (the main operation stage, 30): no plugins run
/// here; the event pipeline runs around it.
/// </summary>
public interface IRequestHandler
{
    /// <summary>The SDK message name (RequestName), e.g. "Create", "WinOpportunity".</summary>
    string MessageName { get; }

    OrganizationResponse Handle(OrganizationRequest request, RequestContext context);
}
