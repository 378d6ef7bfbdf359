using System;
using System.Threading;
using System.Threading.Tasks;
using CrmTiering.Emulator.WebApi;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The simulated organisation, built and replayed exactly as <c>simulate</c> does (the solution installed
/// through Solution/Emulation), then kept up behind the Web API facade on loopback. Requests run as the
/// sales organisation's Tiering Admin (System Administrator, so it may run ctier_RecalculateTiers);
/// after every write the async queue is drained. The org's clock stays where the replay ended.
/// Tests start it in-process: <c>await using var served = await ServedSimulation.StartAsync(settings, serve);</c>
/// then point a client at <see cref="OrgUrl"/>.
/// </summary>
public sealed class ServedSimulation : IAsyncDisposable
{
    private ServedSimulation(SimulatedOrganization organization, SimulationOutcome outcome, OrgWebApiServer server)
    {
        Organization = organization;
        Outcome = outcome;
        Server = server;
    }

    public SimulatedOrganization Organization { get; }

    /// <summary>What the replay printed and reported (<c>--report</c> still works with <c>--serve</c>).</summary>
    public SimulationOutcome Outcome { get; }

    public OrgWebApiServer Server { get; }

    /// <summary>The organisation URL, <c>http://127.0.0.1:port/</c>: what <c>--org</c> takes.</summary>
    public string OrgUrl => Server.BaseUrl;

    public static async Task<ServedSimulation> StartAsync(SimulationSettings settings, ServeSettings serve, SimulationProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var run = new SimulationRun(settings, progress ?? new SimulationProgress(new CliConsole(System.IO.TextWriter.Null, System.IO.TextWriter.Null)));
        var outcome = run.Run();
        var org = run.Organization!;
        var server = await OrgWebApi.StartAsync(org.Organization, new OrgWebApiOptions
        {
            Port = serve.Port,
            CallerId = org.People.Admin,
            AccessToken = serve.AccessToken,
            ThrottleEvery = serve.ThrottleEvery,
            RetryAfterSeconds = serve.RetryAfterSeconds,
            Actions = org.Solution.CustomApis,
            AfterWrite = () => org.Pipeline.DrainAsyncQueue(),
        }, cancellationToken).ConfigureAwait(false);
        return new ServedSimulation(org, outcome, server);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
