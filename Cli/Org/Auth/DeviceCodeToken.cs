using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>
/// A person signs in with a code shown on standard error (MSAL.NET public client,
/// <c>AcquireTokenWithDeviceCode</c>, delegated <c>https://&lt;org&gt;/user_impersonation</c>). The app
/// registration must allow public client flows. Tokens are cached on disk (<see cref="TokenCacheFile"/>),
/// so the next run signs in silently until the refresh token expires.
/// </summary>
public sealed class DeviceCodeToken : IAccessTokenSource
{
    private readonly LoginPlan _plan;
    private readonly CliConsole _console;
    private readonly Func<string, string?> _variable;
    private IPublicClientApplication? _app;

    public DeviceCodeToken(LoginPlan plan, CliConsole console, Func<string, string?> variable)
    {
        _plan = plan;
        _console = console;
        _variable = variable;
    }

    public async Task<string> AccessTokenAsync(CancellationToken cancel)
    {
        var app = _app ??= await CreateAsync().ConfigureAwait(false);
        var scopes = new[] { _plan.Scope };
        try
        {
            var account = (await app.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
            if (account is not null)
            {
                try
                {
                    return (await app.AcquireTokenSilent(scopes, account).ExecuteAsync(cancel).ConfigureAwait(false)).AccessToken;
                }
                catch (MsalUiRequiredException)
                {
                    // The cached sign-in expired or was revoked: ask for a new code below.
                }
            }
            var result = await app.AcquireTokenWithDeviceCode(scopes, code =>
            {
                _console.Error.WriteLine(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(cancel).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException e)
        {
            throw SignInFailure.From(_plan, e);
        }
    }

    private async Task<IPublicClientApplication> CreateAsync()
    {
        var app = PublicClientApplicationBuilder.Create(_plan.ClientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, _plan.Tenant)
            .WithDefaultRedirectUri()
            .Build();
        await TokenCacheFile.AttachAsync(app.UserTokenCache, _console, _variable).ConfigureAwait(false);
        return app;
    }
}
