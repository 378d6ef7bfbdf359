using System;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>
/// Chooses how to sign in, without the network ("Use OAuth authentication with Microsoft Dataverse";
/// MSAL.NET client credentials and device code flows):
/// <list type="number">
/// <item><c>--client-id</c> with <c>--device-code</c>: a person signs in (public client, delegated scope
/// <c>https://&lt;org&gt;/user_impersonation</c>, tenant <c>--tenant</c> or <c>organizations</c>).</item>
/// <item><c>--client-id</c> with <c>--tenant</c>: the app registration's application user (scope
/// <c>https://&lt;org&gt;/.default</c>) with <c>--certificate FILE.pfx</c> (password from
/// <c>CRMTIERING_CERTIFICATE_PASSWORD</c>), else the secret in <c>CRMTIERING_CLIENT_SECRET</c> — a secret
/// is never a command-line argument (it would sit in shell history and the process list).</item>
/// <item>neither: the token in <c>DATAVERSE_ACCESS_TOKEN</c>, as a pipeline that signed in already passes it.</item>
/// </list>
/// Explicit options win over the ambient token (with a warning that it is ignored).
/// </summary>
public static class LoginChoice
{
    public const string TokenVariable = "DATAVERSE_ACCESS_TOKEN";
    public const string SecretVariable = "CRMTIERING_CLIENT_SECRET";
    public const string CertificatePasswordVariable = "CRMTIERING_CERTIFICATE_PASSWORD";

    /// <summary>Device code without a tenant signs in against any work or school account's tenant.</summary>
    public const string AnyOrganization = "organizations";

    /// <exception cref="UserMistakeException">Options that do not make one way to sign in.</exception>
    public static LoginPlan Choose(OrgAddress org, LoginOptions options, Func<string, string?> variable)
    {
        var token = NonEmpty(variable(TokenVariable));
        var tenant = NonEmpty(options.Tenant);
        var clientId = NonEmpty(options.ClientId);
        var certificate = NonEmpty(options.CertificatePath);
        var ignoredToken = token is null ? null : string.Format(OrgMessages.TokenIgnored, TokenVariable);

        if (clientId is null)
        {
            if (options.DeviceCode || certificate is not null || tenant is not null) throw new UserMistakeException(OrgMessages.ClientIdMissing);
            if (token is null) throw new UserMistakeException(string.Format(OrgMessages.NoLogin, TokenVariable, SecretVariable));
            return new LoginPlan(LoginKind.AccessToken, org.ApplicationScope) { Secret = token };
        }
        if (!Guid.TryParse(clientId, out _)) throw new UserMistakeException(string.Format(OrgMessages.BadGuidOption, "--client-id", clientId));
        if (tenant is not null && !IsTenant(tenant)) throw new UserMistakeException(string.Format(OrgMessages.BadTenant, tenant));

        if (options.DeviceCode)
        {
            if (certificate is not null) throw new UserMistakeException(OrgMessages.DeviceCodeWithCertificate);
            return new LoginPlan(LoginKind.DeviceCode, org.DelegatedScope) { Tenant = tenant ?? AnyOrganization, ClientId = clientId, Warning = ignoredToken };
        }
        if (tenant is null) throw new UserMistakeException(OrgMessages.TenantMissing);
        if (certificate is not null)
        {
            return new LoginPlan(LoginKind.Certificate, org.ApplicationScope)
            {
                Tenant = tenant,
                ClientId = clientId,
                CertificatePath = certificate,
                CertificatePassword = variable(CertificatePasswordVariable),
                Warning = ignoredToken,
            };
        }
        var secret = NonEmpty(variable(SecretVariable)) ?? throw new UserMistakeException(string.Format(OrgMessages.SecretMissing, SecretVariable));
        return new LoginPlan(LoginKind.ClientSecret, org.ApplicationScope) { Tenant = tenant, ClientId = clientId, Secret = secret, Warning = ignoredToken };
    }

    /// <summary>A tenant id (GUID) or a domain name (contoso.onmicrosoft.com).</summary>
    private static bool IsTenant(string tenant) =>
        Guid.TryParse(tenant, out _) || Uri.CheckHostName(tenant) == UriHostNameType.Dns && tenant.Contains('.');

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
