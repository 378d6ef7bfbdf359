namespace CrmTiering.Cli.Org;

/// <summary>
/// Every message of the live-org commands (one line each; the command prints <c>error: </c> first).
/// Public so tests assert on them; <c>{n}</c> placeholders are filled with string.Format.
/// </summary>
public static class OrgMessages
{
    public const string BadOrgUrl = "--org '{0}' is not an environment URL; give it as https://<org>.crm.dynamics.com (Power Platform admin center → the environment → Environment URL)";
    public const string OrgWithFiles = "--org reads the org; do not give --accounts, --opportunities, --invoices or --users with it";
    public const string MapWithOrg = "--map renames CSV headers; an org is read by its logical column names, so give --map only with CSV files";
    public const string FilesMissing = "give --accounts and --opportunities (CSV files), or --org https://<org>.crm.dynamics.com to read a live org";
    public const string LoginWithoutOrg = "--tenant, --client-id, --certificate and --device-code sign in to an org; give --org too";

    public const string NoLogin = "no way to sign in to the org: set {0} to a bearer token, or give --tenant and --client-id of an app registration (secret in {1}, or --certificate FILE.pfx), or --client-id with --device-code to sign in as yourself";
    public const string ClientIdMissing = "--tenant, --certificate and --device-code need --client-id (the app registration's Application (client) ID)";
    public const string TenantMissing = "--client-id without --device-code signs in as the app registration and needs --tenant (the Directory (tenant) ID or domain)";
    public const string SecretMissing = "set the app registration's client secret in the environment variable {0} (never on the command line), or give --certificate FILE.pfx";
    public const string DeviceCodeWithCertificate = "--device-code signs in a person; --certificate signs in an app: give one of them";
    public const string BadGuidOption = "{0} '{1}' is not an id (a GUID such as 00000000-0000-0000-0000-000000000000)";
    public const string BadTenant = "--tenant '{0}' is neither a tenant id (GUID) nor a domain such as contoso.onmicrosoft.com";
    public const string TokenIgnored = "warning: {0} is set but ignored: --client-id chooses the sign-in";
    public const string SignInFailed = "sign-in ({0}) failed for client {1} in tenant {2}: {3}; check --tenant, --client-id and the secret or certificate, and that the app registration has an application user in this environment (docs/cli.md, \"Live org\")";
    public const string CertificateUnreadable = "certificate {0} cannot be read (a PFX file with its private key; the password comes from {1}): {2}";
    public const string PlainTokenCache = "warning: no keyring (Secret Service) is reachable, so the sign-in is cached in a plain file readable only by you: {0}; set {1}=none to keep it in memory only";
    public const string NoTokenCache = "warning: the token cache cannot be stored ({0}); you will be asked to sign in on every run";

    public const string RequestFailed = "{0} failed: {1} {2}: {3}";
    public const string Throttled = "{0} failed: 429 Too Many Requests after {1} retries (the org's service protection limits; it asked to wait {2} s more); wait a few minutes and run again";
    public const string Unreachable = "{0}: cannot reach {1} ({2}); check --org (Power Platform admin center → the environment → Environment URL)";
    public const string TimedOut = "{0}: {1} did not answer within 3 minutes; run again later";
    public const string NotJson = "{0}: the answer is not JSON; check that --org is the environment URL (https://<org>.crm.dynamics.com), not a portal or app URL";
    public const string ForeignNextLink = "the next page's link points to another host ({0}); stopped so the access token is not sent there";

    public const string SignInAgain = "the org did not accept the access token: sign in again (a token in DATAVERSE_ACCESS_TOKEN expires after about an hour), and check that it was issued for this org and that the app registration has an application user here";
    public const string GrantReaderRole = "give the user (or application user) a security role with {0}: reading needs Read on account, opportunity, invoice, systemuser, environment variable definition and value (docs/cli.md, \"Live org\")";
    public const string GrantReaderRoleUnnamed = "give the user (or application user) a security role with Read on account, opportunity, invoice, systemuser, environment variable definition and value (docs/cli.md, \"Live org\")";
    public const string GrantSweepRole = "sweeping needs the Custom API's execute privilege {0}: give the user the Tiering Administrator role (it holds it) or a role with Create on Tier Recalculation";
    public const string NotFoundAdvice = "check --org, and that the CrmTiering solution is installed (crmtiering doctor --org …)";

    public const string SolutionNotInstalled = "{0} has no {1}: the CrmTiering solution is not installed there; import it (Solution/README.md, Install) or check --org";
    public const string OrgPolicyInvalid = "the tier policy in {0} (environment variable ctier_TierPolicy) is invalid: {1}";
}
