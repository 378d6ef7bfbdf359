using System;

namespace CrmTiering.Cli.Org;

/// <summary>
/// The environment URL given with <c>--org</c> (<c>https://contoso.crm.dynamics.com</c>): the Web API
/// lives under <c>/api/data/v9.2/</c> and the OAuth resource is the URL itself ("Use OAuth
/// authentication with Microsoft Dataverse": scope <c>https://&lt;org&gt;/.default</c> for an app,
/// <c>https://&lt;org&gt;/user_impersonation</c> for a person). Plain http is accepted on loopback only,
/// for the served emulator (<c>crmtiering simulate --serve</c>).
/// </summary>
public sealed class OrgAddress
{
    public const string WebApiPath = "/api/data/v9.2/";

    private OrgAddress(Uri root)
    {
        Root = root;
        WebApi = new Uri(root, WebApiPath);
    }

    /// <summary>Scheme, host and port, ending with '/'.</summary>
    public Uri Root { get; }

    public Uri WebApi { get; }

    /// <summary>The resource an app asks for with client credentials.</summary>
    public string ApplicationScope => Root.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>The delegated scope a person signs in with (device code).</summary>
    public string DelegatedScope => Root.GetLeftPart(UriPartial.Authority) + "/user_impersonation";

    public override string ToString() => Root.GetLeftPart(UriPartial.Authority);

    /// <exception cref="UserMistakeException">Not an absolute https URL of an environment (no path, query or credentials).</exception>
    public static OrgAddress Parse(string text)
    {
        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || uri.UserInfo.Length > 0
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || (uri.AbsolutePath != "/" && !IsWebApiPath(uri.AbsolutePath)))
        {
            throw new UserMistakeException(string.Format(OrgMessages.BadOrgUrl, text));
        }
        return new OrgAddress(new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"));
    }

    // People paste the Web API URL from the developer resources page; it names the same org.
    private static bool IsWebApiPath(string path) =>
        string.Equals(path.TrimEnd('/') + "/", WebApiPath, StringComparison.OrdinalIgnoreCase);
}
