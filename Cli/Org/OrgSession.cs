using System;
using CrmTiering.Cli.Org.Auth;
using CrmTiering.Cli.Org.Http;

namespace CrmTiering.Cli.Org;

/// <summary>A signed-in Web API client for one org: what <c>--org</c> and the sign-in options make.</summary>
public sealed class OrgSession : IDisposable
{
    private OrgSession(WebApiClient client, LoginPlan login)
    {
        Client = client;
        Login = login;
    }

    public WebApiClient Client { get; }

    public LoginPlan Login { get; }

    public OrgAddress Org => Client.Org;

    /// <exception cref="UserMistakeException">A bad URL or sign-in options that do not make one way to sign in.</exception>
    public static OrgSession Open(string orgUrl, LoginOptions login, OrgRuntime runtime, CliConsole console)
    {
        var org = OrgAddress.Parse(orgUrl);
        var plan = LoginChoice.Choose(org, login, runtime.Variable);
        if (plan.Warning is { } warning) console.Error.WriteLine(warning);
        return new OrgSession(new WebApiClient(org, TokenSources.For(plan, console, runtime.Variable), runtime), plan);
    }

    public void Dispose() => Client.Dispose();
}
