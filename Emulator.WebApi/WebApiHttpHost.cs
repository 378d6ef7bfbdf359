using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// The HTTP edge: the bearer check (401 with a <c>WWW-Authenticate: Bearer</c> challenge), injected service
/// protection (every Nth request 429 with <c>Retry-After</c>, "Service protection API limits"), one request at
/// a time into the router, <c>OData-Version: 4.0</c> on every answer.
/// </summary>
internal sealed class WebApiHttpHost
{
    private readonly WebApiRouter _router;
    private readonly OrgWebApiOptions _options;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<ServedRequest> _log = new();
    private int _requests;

    public WebApiHttpHost(WebApiRouter router, OrgWebApiOptions options)
    {
        _router = router;
        _options = options;
    }

    public int Requests => Volatile.Read(ref _requests);

    public IReadOnlyList<ServedRequest> Log
    {
        get
        {
            lock (_log) return _log.ToList();
        }
    }

    public async Task HandleAsync(HttpContext http)
    {
        var number = Interlocked.Increment(ref _requests);
        WebApiResponse response;
        if (!Authorized(http.Request.Headers.Authorization.ToString()))
        {
            response = WebApiError.Unauthorized();
        }
        else if (_options.ThrottleEvery is int every && every > 0 && number % every == 0)
        {
            response = WebApiError.Throttled(_options.RetryAfterSeconds);
        }
        else if (_options.UnavailableEvery is int failEvery && failEvery > 0 && number % failEvery == 0)
        {
            response = WebApiError.Unavailable();
        }
        else
        {
            var path = http.Request.Path.Value ?? string.Empty;
            var root = "/" + OrgWebApi.ApiPath;
            if (!path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                response = WebApiError.NotFound($"Only the Web API is served here: {root}…");
            }
            else
            {
                string body;
                using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
                {
                    body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
                }

                var request = new WebApiRequest(
                    http.Request.Method.ToUpperInvariant(),
                    path[root.Length..],
                    http.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))).ToList(),
                    http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                    body);
                response = await HandleOneAtATimeAsync(request).ConfigureAwait(false);
            }
        }

        lock (_log) _log.Add(new ServedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString, http.Request.Headers["Prefer"].ToString() is { Length: > 0 } prefer ? prefer : null, response.Status));
        http.Response.StatusCode = response.Status;
        http.Response.Headers["OData-Version"] = "4.0";
        foreach (var header in response.Headers)
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) http.Response.ContentType = header.Value;
            else http.Response.Headers[header.Key] = header.Value;
        }

        if (response.Body is not null) await http.Response.WriteAsync(response.Body, Encoding.UTF8).ConfigureAwait(false);
    }

    private async Task<WebApiResponse> HandleOneAtATimeAsync(WebApiRequest request)
    {
        await _oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            try
            {
                return _router.Handle(request);
            }
            catch (Exception e)
            {
                return WebApiError.FromException(e);
            }
            finally
            {
                if (request.IsWrite) _options.AfterWrite?.Invoke();
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private bool Authorized(string header)
    {
        if (_options.AccessToken is null) return true;
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(_options.AccessToken));
    }
}
