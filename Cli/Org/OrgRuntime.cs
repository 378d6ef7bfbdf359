using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CrmTiering.Cli.Org;

/// <summary>
/// What the live-org commands take from the process: environment variables (the access token, the
/// client secret), the wait between retries, and whether standard error is a terminal (progress bar).
/// Tests pass their own, so they set no process-wide variable and never sleep.
/// </summary>
public sealed class OrgRuntime
{
    public static OrgRuntime Process { get; } = new();

    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Waits before a retry (Retry-After, backoff).</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>The HTTP stack; null = the default <see cref="SocketsHttpHandler"/>.</summary>
    public Func<HttpMessageHandler>? Handler { get; init; }

    /// <summary>True when a progress bar may redraw (standard error is a terminal, not redirected).</summary>
    public bool Interactive { get; init; } = !Console.IsErrorRedirected;
}
