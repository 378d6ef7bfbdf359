using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>
/// Client credentials for an app registration that has an application user in the environment
/// (MSAL.NET confidential client: <c>AcquireTokenForClient</c> with <c>https://&lt;org&gt;/.default</c>).
/// MSAL keeps the token in memory and renews it before it expires; an app token is never written to disk.
/// </summary>
public sealed class AppRegistrationToken : IAccessTokenSource
{
    private readonly LoginPlan _plan;
    private readonly IConfidentialClientApplication _app;

    public AppRegistrationToken(LoginPlan plan)
    {
        _plan = plan;
        var builder = ConfidentialClientApplicationBuilder.Create(plan.ClientId).WithTenantId(plan.Tenant);
        _app = plan.Kind == LoginKind.Certificate
            ? builder.WithCertificate(LoadCertificate(plan)).Build()
            : builder.WithClientSecret(plan.Secret).Build();
    }

    public async Task<string> AccessTokenAsync(CancellationToken cancel)
    {
        try
        {
            var result = await _app.AcquireTokenForClient(new[] { _plan.Scope }).ExecuteAsync(cancel).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException e)
        {
            throw SignInFailure.From(_plan, e);
        }
    }

    private static X509Certificate2 LoadCertificate(LoginPlan plan)
    {
        var path = plan.CertificatePath!;
        if (!System.IO.File.Exists(path)) throw new UserMistakeException(string.Format(CliMessages.FileNotFound, path));
        try
        {
            // The private key stays in memory (EphemeralKeySet): nothing is added to a key store.
            return X509CertificateLoader.LoadPkcs12FromFile(path, plan.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new UserMistakeException(string.Format(OrgMessages.CertificateUnreadable, path, LoginChoice.CertificatePasswordVariable, e.Message.Trim()));
        }
    }
}
