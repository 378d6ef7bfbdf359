namespace CrmTiering.Cli.Org.Auth;

/// <summary>The sign-in options as given on the command line (never a secret: those come from the environment).</summary>
public sealed record LoginOptions(string? Tenant, string? ClientId, string? CertificatePath, bool DeviceCode);
