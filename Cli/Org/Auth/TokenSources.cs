using System;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>The token source a <see cref="LoginPlan"/> asks for.</summary>
public static class TokenSources
{
    public static IAccessTokenSource For(LoginPlan plan, CliConsole console, Func<string, string?> variable) => plan.Kind switch
    {
        LoginKind.AccessToken => new StaticAccessToken(plan.Secret!),
        LoginKind.DeviceCode => new DeviceCodeToken(plan, console, variable),
        _ => new AppRegistrationToken(plan),
    };
}
