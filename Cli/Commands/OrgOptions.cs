using System.CommandLine;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Auth;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>--org URL</c> and how to sign in to it. Secrets are never options: the token is read from
/// <c>DATAVERSE_ACCESS_TOKEN</c>, the client secret from <c>CRMTIERING_CLIENT_SECRET</c>.
/// </summary>
public sealed class OrgOptions
{
    public OrgOptions(bool required = false)
    {
        Org.Required = required;
    }

    public Option<string?> Org { get; } = new("--org")
    {
        Description = "read a live org instead of CSV files: https://<org>.crm.dynamics.com (sign-in: DATAVERSE_ACCESS_TOKEN, or --tenant/--client-id, or --device-code)",
    };

    public Option<string?> Tenant { get; } = new("--tenant") { Description = "Entra ID tenant (id or domain) of the app registration" };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "app registration's Application (client) ID; its secret comes from CRMTIERING_CLIENT_SECRET" };

    public Option<string?> Certificate { get; } = new("--certificate") { Description = "PFX file proving the app registration instead of a secret (password from CRMTIERING_CERTIFICATE_PASSWORD)" };

    public Option<bool> DeviceCode { get; } = new("--device-code") { Description = "sign in as yourself with a code shown here (needs --client-id of an app that allows public client flows)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Org);
        command.Options.Add(Tenant);
        command.Options.Add(ClientId);
        command.Options.Add(Certificate);
        command.Options.Add(DeviceCode);
    }

    public bool Given(ParseResult parsed) => !string.IsNullOrWhiteSpace(parsed.GetValue(Org));

    /// <summary>The signed-in session, or null without <c>--org</c> (sign-in options alone are a mistake).</summary>
    public OrgSession? Open(ParseResult parsed, OrgRuntime runtime, CliConsole console)
    {
        var login = new LoginOptions(parsed.GetValue(Tenant), parsed.GetValue(ClientId), parsed.GetValue(Certificate), parsed.GetValue(DeviceCode));
        if (!Given(parsed))
        {
            if (login.Tenant is not null || login.ClientId is not null || login.CertificatePath is not null || login.DeviceCode)
            {
                throw new UserMistakeException(OrgMessages.LoginWithoutOrg);
            }
            return null;
        }
        return OrgSession.Open(parsed.GetValue(Org)!, login, runtime, console);
    }
}
