using System.Threading;
using System.Threading.Tasks;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>The token from <c>DATAVERSE_ACCESS_TOKEN</c>, used as it is (whoever set it refreshes it).</summary>
public sealed class StaticAccessToken : IAccessTokenSource
{
    private readonly string _token;

    public StaticAccessToken(string token)
    {
        _token = token;
    }

    public Task<string> AccessTokenAsync(CancellationToken cancel) => Task.FromResult(_token);
}
