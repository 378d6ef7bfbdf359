using System;
using System.Collections.Generic;
using CrmTiering.Emulator.CustomApi;

namespace CrmTiering.Emulator.WebApi;

/// <summary>How <see cref="OrgWebApi.StartAsync"/> serves an emulated organisation.</summary>
public sealed class OrgWebApiOptions
{
    /// <summary>The loopback port; 0 picks a free one (read the chosen one from <see cref="OrgWebApiServer.BaseUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>The user every request runs as (the owner of the bearer token). Security applies to this user.</summary>
    public Guid CallerId { get; init; }

    /// <summary>
    /// The bearer token every request must carry (<c>Authorization: Bearer …</c>); null serves without
    /// authentication (only when the host asked for it explicitly, e.g. <c>--no-auth</c>).
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>When set, every Nth HTTP request is answered 429 with <see cref="RetryAfterSeconds"/> (service protection, for clients' retry tests).</summary>
    public int? ThrottleEvery { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>When set, every Nth HTTP request is answered 503 Service Unavailable (a transient server fault, for clients' backoff tests).</summary>
    public int? UnavailableEvery { get; init; }

    /// <summary>The Custom APIs callable as unbound actions (their parameter types turn JSON into request values).</summary>
    public IReadOnlyList<CustomApiDefinition> Actions { get; init; } = Array.Empty<CustomApiDefinition>();

    /// <summary>
    /// Runs after every request that may have written (the host drains the async queue here, so what
    /// asynchronous steps do is visible to the next request, as it would be moments later on the platform).
    /// </summary>
    public Action? AfterWrite { get; init; }
}
