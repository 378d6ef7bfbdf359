namespace CrmTiering.Cli.Org.Auth;

/// <summary>How <c>crmtiering</c> signs in to the org.</summary>
public enum LoginKind
{
    /// <summary>A bearer token handed over in <c>DATAVERSE_ACCESS_TOKEN</c> (pipelines, tests).</summary>
    AccessToken,

    /// <summary>An app registration with an application user; the secret comes from <c>CRMTIERING_CLIENT_SECRET</c>.</summary>
    ClientSecret,

    /// <summary>An app registration with an application user, proving itself with a certificate (PFX file).</summary>
    Certificate,

    /// <summary>A person, signing in in a browser with a code (delegated, <c>user_impersonation</c>).</summary>
    DeviceCode,
}
