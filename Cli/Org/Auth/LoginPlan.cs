namespace CrmTiering.Cli.Org.Auth;

/// <summary>
/// The sign-in chosen from the options and the environment (<see cref="LoginChoice"/>), before any
/// network call: what kind, which scope, and the tenant, client id, secret or certificate it needs.
/// </summary>
public sealed record LoginPlan(LoginKind Kind, string Scope)
{
    public string? Tenant { get; init; }

    public string? ClientId { get; init; }

    /// <summary>The token (AccessToken) or the client secret (ClientSecret), from the environment.</summary>
    public string? Secret { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>A warning to print (an ignored variable), or null.</summary>
    public string? Warning { get; init; }
}
