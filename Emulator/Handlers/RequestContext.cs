using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>What a handler works with: the organisation and the caller the request runs as.</summary>
public sealed class RequestContext
{
    public RequestContext(EmulatedOrganization organization, CallerContext caller)
    {
        Organization = organization;
        Caller = caller;
    }

    public EmulatedOrganization Organization { get; }

    public CallerContext Caller { get; }

    /// <summary>Reads a request parameter by key (typed requests and plain <c>OrganizationRequest</c>s alike).</summary>
    public static T? Parameter<T>(OrganizationRequest request, string key) where T : class =>
        request.Parameters.TryGetValue(key, out var value) ? value as T : null;
}
