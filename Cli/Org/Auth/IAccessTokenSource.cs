using System.Threading;
using System.Threading.Tasks;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>Gives the bearer token for the next request (MSAL serves it from its cache until it nears expiry).</summary>
public interface IAccessTokenSource
{
    Task<string> AccessTokenAsync(CancellationToken cancel);
}
