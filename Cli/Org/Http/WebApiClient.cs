using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CrmTiering.Cli.Org.Auth;

namespace CrmTiering.Cli.Org.Http;

/// <summary>
/// Sends requests to one org's Web API with the headers "Compose HTTP requests and handle errors"
/// lists (Accept, OData-MaxVersion, OData-Version, a bearer token), honours service protection
/// (429 + Retry-After, transient 5xx with backoff, both bounded: <see cref="ServiceProtection"/>) and
/// turns every other failure into one <see cref="WebApiException"/> naming the request.
/// </summary>
public sealed class WebApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly IAccessTokenSource _tokens;
    private readonly ServiceProtection _protection;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public WebApiClient(OrgAddress org, IAccessTokenSource tokens, OrgRuntime runtime, ServiceProtection? protection = null)
    {
        Org = org;
        _tokens = tokens;
        _protection = protection ?? ServiceProtection.Default;
        _delay = runtime.Delay;
        // A proxy from http_proxy cannot reach the served emulator on loopback.
        _http = new HttpClient(runtime.Handler?.Invoke() ?? new SocketsHttpHandler { UseProxy = !org.Root.IsLoopback }, disposeHandler: true)
        {
            Timeout = TimeSpan.FromMinutes(3),
        };
    }

    public OrgAddress Org { get; }

    /// <summary>Requests sent, retries included (tests assert exact counts).</summary>
    public int RequestsSent { get; private set; }

    /// <summary>Relative paths resolve against <c>/api/data/v9.2/</c>.</summary>
    public Uri Resolve(string relative) => new(Org.WebApi, relative);

    public Task<JsonDocument> GetAsync(string relative, string? prefer = null, CancellationToken cancel = default) =>
        SendAsync(new WebApiRequest(HttpMethod.Get, Resolve(relative), prefer), cancel);

    public Task<JsonDocument> PostAsync(string relative, string jsonBody, CancellationToken cancel = default) =>
        SendAsync(new WebApiRequest(HttpMethod.Post, Resolve(relative), jsonBody: jsonBody), cancel);

    public async Task<JsonDocument> SendAsync(WebApiRequest request, CancellationToken cancel = default)
    {
        var throttled = 0;
        var transient = 0;
        while (true)
        {
            using var response = await SendOnceAsync(request, cancel).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body.Length == 0 ? JsonDocument.Parse("{}") : Parse(request, body);
            }
            if (ServiceProtection.IsThrottled(response.StatusCode))
            {
                var wait = _protection.RetryAfter(response, DateTimeOffset.UtcNow);
                if (++throttled > _protection.MaxThrottleRetries || wait > _protection.LongestWait)
                {
                    throw new WebApiException(request.Name, response.StatusCode, PlatformError.Read(body),
                        string.Format(OrgMessages.Throttled, request.Name, throttled - 1, Math.Ceiling(wait.TotalSeconds)));
                }
                await _delay(wait, cancel).ConfigureAwait(false);
                continue;
            }
            if (ServiceProtection.IsTransient(response.StatusCode) && ++transient <= _protection.MaxTransientRetries)
            {
                await _delay(_protection.Backoff(transient), cancel).ConfigureAwait(false);
                continue;
            }
            throw Failure(request, response.StatusCode, PlatformError.Read(body));
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(WebApiRequest request, CancellationToken cancel)
    {
        var token = await _tokens.AccessTokenAsync(cancel).ConfigureAwait(false);
        using var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.Add("OData-MaxVersion", "4.0");
        message.Headers.Add("OData-Version", "4.0");
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (request.Prefer is { } prefer) message.Headers.TryAddWithoutValidation("Prefer", prefer);
        if (request.JsonBody is { } json) message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        RequestsSent++;
        try
        {
            return await _http.SendAsync(message, cancel).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new WebApiException(request.Name, null, null, string.Format(OrgMessages.Unreachable, request.Name, Org, OneLine(e.Message)));
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new WebApiException(request.Name, null, null, string.Format(OrgMessages.TimedOut, request.Name, Org));
        }
    }

    private static WebApiException Failure(WebApiRequest request, HttpStatusCode status, PlatformError error)
    {
        var advice = FailureAdvice.For(status, error);
        var message = string.Format(OrgMessages.RequestFailed, request.Name, (int)status, status, error.Message.Length == 0 ? "(no message)" : error.Message)
            + (advice.Length == 0 ? string.Empty : "; " + advice);
        return new WebApiException(request.Name, status, error, message);
    }

    private static JsonDocument Parse(WebApiRequest request, string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new WebApiException(request.Name, null, null, string.Format(OrgMessages.NotJson, request.Name));
        }
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");

    public void Dispose() => _http.Dispose();
}
