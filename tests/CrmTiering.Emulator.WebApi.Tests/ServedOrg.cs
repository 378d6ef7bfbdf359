using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.WebApi;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// An emulated org with the solution installed, served on a free loopback port; an HttpClient that
/// talks to it with the token (no proxy: a proxy would not reach loopback).
/// </summary>
public sealed class ServedOrg : IAsyncDisposable
{
    public const string Token = "test-token";

    private ServedOrg(EmulatedOrganization organization, InstalledSolution solution, Guid admin, OrgWebApiServer server)
    {
        Organization = organization;
        Solution = solution;
        Admin = admin;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { UseProxy = false }) { BaseAddress = new Uri(server.ServiceRoot) };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public EmulatedOrganization Organization { get; }

    public InstalledSolution Solution { get; }

    public Guid Admin { get; }

    public OrgWebApiServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<ServedOrg> StartAsync(int? throttleEvery = null, Action<EmulatedOrganization>? seed = null, Func<EmulatedOrganization, InstalledSolution, Guid>? caller = null, int? unavailableEvery = null)
    {
        var clock = new ManualClock(new DateTime(2025, 6, 30, 12, 0, 0, DateTimeKind.Utc));
        var organization = new EmulatedOrganization(new EmulatorOptions { Clock = clock });
        var admin = organization.AddUser("Admin", roles: new[] { StandardRoles.SystemAdministrator });
        var solution = InstalledSolution.Install(organization, new InstallOptions { ProcessOwner = admin });
        seed?.Invoke(organization);
        var callerId = caller?.Invoke(organization, solution) ?? admin;
        var server = await OrgWebApi.StartAsync(organization, new OrgWebApiOptions
        {
            Port = 0,
            CallerId = callerId,
            AccessToken = Token,
            ThrottleEvery = throttleEvery,
            UnavailableEvery = unavailableEvery,
            Actions = solution.CustomApis,
            AfterWrite = () => solution.Pipeline.DrainAsyncQueue(),
        });
        return new ServedOrg(organization, solution, admin, server);
    }

    public async Task<(int Status, JsonObject? Body, HttpResponseMessage Response)> GetAsync(string path, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (prefer is not null) request.Headers.TryAddWithoutValidation("Prefer", prefer);
        return await SendAsync(request);
    }

    public async Task<(int Status, JsonObject? Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        return ((int)response.StatusCode, body, response);
    }

    public Guid SeedAccount(string name, Guid? parent = null)
    {
        var account = new Entity("account") { ["name"] = name, ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) };
        if (parent is Guid p) account["parentaccountid"] = new EntityReference("account", p);
        return Organization.Seed(account);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
