using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Identity;

/// <summary>
/// Recognises the SYSTEM user by id: the user <c>WhoAmI</c> names on a plug-in's
/// <c>CreateOrganizationService(null)</c> service. Never by name (any user can be called "SYSTEM"),
/// never by a request parameter (any caller sets those). WhoAmI's request class lives in
/// Microsoft.Crm.Sdk.Proxy, which a sandbox assembly cannot carry, so it is sent by name.
/// </summary>
public static class SystemIdentity
{
    public const string WhoAmIMessage = "WhoAmI";

    public const string UserIdResult = "UserId";

    /// <summary>True when <paramref name="userId"/> is the user <paramref name="systemService"/> runs as.</summary>
    public static bool IsSystem(IOrganizationService systemService, Guid userId) =>
        userId != Guid.Empty && userId == SystemUserId(systemService);

    /// <summary>The SYSTEM user's id in this organisation (one WhoAmI call).</summary>
    public static Guid SystemUserId(IOrganizationService systemService)
    {
        var response = systemService.Execute(new OrganizationRequest(WhoAmIMessage));
        return response.Results.TryGetValue(UserIdResult, out var id) && id is Guid user ? user : Guid.Empty;
    }
}
