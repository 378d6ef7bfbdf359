using Microsoft.Identity.Client;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>An MSAL failure as the one line the user reads: Entra ID's own code (AADSTS…) and message, and what to check.</summary>
public static class SignInFailure
{
    public static UserMistakeException From(LoginPlan plan, MsalException e)
    {
        var first = e.Message.Split('\n')[0].Trim();
        return new UserMistakeException(string.Format(OrgMessages.SignInFailed, plan.Kind, plan.ClientId, plan.Tenant, first));
    }
}
