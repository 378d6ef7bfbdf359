using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace CrmTiering.Emulator.WebApi;

/// <summary>A running facade: its URLs, how many HTTP requests it answered, and how to stop it.</summary>
public sealed class OrgWebApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebApiHttpHost _host;

    internal OrgWebApiServer(WebApplication app, string baseUrl, string serviceRoot, WebApiHttpHost host)
    {
        _app = app;
        _host = host;
        BaseUrl = baseUrl;
        ServiceRoot = serviceRoot;
    }

    /// <summary>The organisation URL, e.g. <c>http://127.0.0.1:54321/</c> (what <c>--org</c> takes).</summary>
    public string BaseUrl { get; }

    /// <summary>The Web API service root, <see cref="BaseUrl"/> + <c>api/data/v9.2/</c>.</summary>
    public string ServiceRoot { get; }

    /// <summary>HTTP requests received so far (a $batch counts once), throttled ones included.</summary>
    public int Requests => _host.Requests;

    /// <summary>Every HTTP request so far, in arrival order (method, path with its query string as sent, Prefer, status).</summary>
    public System.Collections.Generic.IReadOnlyList<ServedRequest> Log => _host.Log;

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
