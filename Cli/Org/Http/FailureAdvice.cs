using System;
using System.Net;

namespace CrmTiering.Cli.Org.Http;

/// <summary>What to do about a failed request, by status and platform error: the tail of the one-line message.</summary>
public static class FailureAdvice
{
    /// <summary>The Custom API's execute privilege (Solution/src/customapis/ctier_RecalculateTiers/customapi.xml).</summary>
    public const string SweepPrivilege = "prvCreatectier_tierrecalculation";

    public static string For(HttpStatusCode status, PlatformError error)
    {
        if (error.MissingPrivilege is { } privilege)
        {
            return string.Equals(privilege, SweepPrivilege, StringComparison.OrdinalIgnoreCase)
                ? string.Format(OrgMessages.GrantSweepRole, privilege)
                : string.Format(OrgMessages.GrantReaderRole, privilege);
        }
        return status switch
        {
            HttpStatusCode.Unauthorized => OrgMessages.SignInAgain,
            HttpStatusCode.Forbidden => OrgMessages.GrantReaderRoleUnnamed,
            HttpStatusCode.NotFound => OrgMessages.NotFoundAdvice,
            _ => string.Empty,
        };
    }
}
