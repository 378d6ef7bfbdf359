using System;
using System.Net;
using System.Net.Http;

namespace CrmTiering.Cli.Org.Http;

/// <summary>
/// When a failed request is sent again. "Service protection API limits" (learn.microsoft.com,
/// Dataverse): the Web API answers <c>429 Too Many Requests</c> with a <c>Retry-After</c> header in
/// seconds, and a client waits that long before it sends the request again. Transient server errors
/// (500, 502, 503, 504: "Compose HTTP requests and handle errors") are retried with exponential
/// backoff. Both are bounded, so a throttled org ends in a one-line error instead of a hang.
/// </summary>
public sealed class ServiceProtection
{
    public static ServiceProtection Default { get; } = new();

    /// <summary>Retries after 429 before giving up.</summary>
    public int MaxThrottleRetries { get; init; } = 5;

    /// <summary>Retries after a transient 5xx before giving up.</summary>
    public int MaxTransientRetries { get; init; } = 4;

    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After above this is not waited for: the run stops and says when to try again.</summary>
    public TimeSpan LongestWait { get; init; } = TimeSpan.FromMinutes(5);

    public static bool IsThrottled(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests;

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait the server asked for: Retry-After as seconds or as a date; absent → the first backoff.</summary>
    public TimeSpan RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return FirstBackoff;
    }

    /// <summary>1 s, 2 s, 4 s, … for the n-th retry (1-based).</summary>
    public TimeSpan Backoff(int retry) => TimeSpan.FromTicks(FirstBackoff.Ticks * (1L << Math.Min(retry - 1, 10)));
}
