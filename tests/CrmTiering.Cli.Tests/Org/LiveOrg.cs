using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CrmTiering.Cli.Org;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.WebApi;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Tests.Org;

/// <summary>
/// An emulated org (solution installed unless told otherwise) behind the Web API facade on a free
/// loopback port, and in-process runs of crmtiering against it over real HTTP. Retry waits are
/// recorded, never slept.
/// </summary>
public sealed class LiveOrg : IAsyncDisposable
{
    public const string Token = "cli-test-token";

    private LiveOrg(EmulatedOrganization organization, InstalledSolution? solution, OrgWebApiServer server)
    {
        Organization = organization;
        Solution = solution;
        Server = server;
    }

    public EmulatedOrganization Organization { get; }

    public InstalledSolution? Solution { get; }

    public OrgWebApiServer Server { get; }

    public List<TimeSpan> Waits { get; } = new();

    public string Url => Server.BaseUrl;

    public static async Task<LiveOrg> StartAsync(Action<EmulatedOrganization>? seed = null, bool installed = true, int? throttleEvery = null,
        Func<EmulatedOrganization, InstalledSolution?, Guid>? caller = null)
    {
        var organization = new EmulatedOrganization(new EmulatorOptions { Clock = new CrmTiering.Emulator.ManualClock(new DateTime(2025, 6, 30, 12, 0, 0, DateTimeKind.Utc)) });
        var admin = organization.AddUser("Admin", roles: new[] { StandardRoles.SystemAdministrator });
        var solution = installed ? InstalledSolution.Install(organization, new InstallOptions { ProcessOwner = admin }) : null;
        seed?.Invoke(organization);
        var server = await OrgWebApi.StartAsync(organization, new OrgWebApiOptions
        {
            Port = 0,
            CallerId = caller?.Invoke(organization, solution) ?? admin,
            AccessToken = Token,
            ThrottleEvery = throttleEvery,
            Actions = solution?.CustomApis ?? Array.Empty<CrmTiering.Emulator.CustomApi.CustomApiDefinition>(),
            AfterWrite = () => solution?.Pipeline.DrainAsyncQueue(),
        });
        return new LiveOrg(organization, solution, server);
    }

    /// <summary>Runs crmtiering with DATAVERSE_ACCESS_TOKEN = <paramref name="token"/> (only in this run's environment).</summary>
    public CliRun RunWithToken(string? token, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var runtime = new OrgRuntime
        {
            Variable = name => name == "DATAVERSE_ACCESS_TOKEN" ? token : null,
            Delay = (wait, _) =>
            {
                lock (Waits) Waits.Add(wait);
                return Task.CompletedTask;
            },
            Interactive = false,
        };
        var exit = CliApplication.Run(args, output, error, runtime);
        return CliRun.From(exit, output.ToString(), error.ToString());
    }

    public CliRun Run(params string[] args) => RunWithToken(Token, args);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
