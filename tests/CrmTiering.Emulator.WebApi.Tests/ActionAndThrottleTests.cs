using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CrmTiering.Plugins.CustomApi;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// The unbound Custom API through the real plug-in ("Use Web API actions"), the caller's privileges, and
/// injected service protection ("Service protection API limits": 429, Retry-After, 0x80072322).
/// </summary>
public sealed class ActionAndThrottleTests
{
    private static HttpRequestMessage Action(string json) =>
        new(HttpMethod.Post, RecalculateTiersApi.UniqueName) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task RecalculateTiers_runs_the_plugin_as_the_caller_and_answers_its_response_properties()
    {
        await using var served = await ServedOrg.StartAsync();
        for (var i = 0; i < 3; i++) served.SeedAccount($"Account {i}");

        var (status, body, _) = await served.SendAsync(Action("""{"Mode":"All","PageSize":2}"""));

        Assert.Equal(200, status);
        Assert.Equal(served.Server.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM.ctier_RecalculateTiersResponse", (string?)body!["@odata.context"]);
        Assert.Equal(2, (int)body["Processed"]!);
        Assert.True((bool)body["MoreRecords"]!);
        var cookie = (string)body["PageCookie"]!;
        var (_, last, _) = await served.SendAsync(Action($$"""{"Mode":"All","PageSize":2,"PageCookie":{{System.Text.Json.JsonSerializer.Serialize(cookie)}}}"""));
        Assert.Equal(1, (int)last!["Processed"]!);
        Assert.False((bool)last["MoreRecords"]!);
        var calls = served.Organization.Calls.Where(c => c.Message == RecalculateTiersApi.UniqueName).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal(served.Admin, c.UserId));
    }

    [Fact]
    public async Task A_bad_mode_is_the_plugins_400_with_isv_aborted()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body, _) = await served.SendAsync(Action("""{"Mode":"Sometimes"}"""));

        Assert.Equal(400, status);
        Assert.Equal("0x80040265", (string?)body!["error"]!["code"]);
        Assert.Equal(string.Format(RecalculateTiersApi.UnknownModeMessage, "Sometimes"), (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task A_caller_without_the_execute_privilege_gets_403()
    {
        await using var served = await ServedOrg.StartAsync(caller: (org, _) => org.AddUser("Sales rep", roles: Array.Empty<Security.SecurityRole>()));

        var (status, body, _) = await served.SendAsync(Action("""{"Mode":"Due"}"""));

        Assert.Equal(403, status);
        Assert.Equal(WebApiError.Hex(Faults.PlatformErrorCodes.PrivilegeDenied), (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task Every_nth_request_is_429_with_retry_after_and_the_next_one_succeeds()
    {
        await using var served = await ServedOrg.StartAsync(throttleEvery: 2);

        var (first, _, _) = await served.GetAsync("WhoAmI");
        var (second, error, response) = await served.GetAsync("WhoAmI");
        var (third, _, _) = await served.GetAsync("WhoAmI");

        Assert.Equal(200, first);
        Assert.Equal(429, second);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
        Assert.Equal("0x80072322", (string?)error!["error"]!["code"]);
        Assert.Equal(WebApiError.RequestsLimitMessage, (string?)error["error"]!["message"]);
        Assert.Equal(200, third);
    }

    [Fact]
    public async Task Every_nth_request_can_be_a_transient_503_and_the_log_shows_how_the_client_asked()
    {
        await using var served = await ServedOrg.StartAsync(unavailableEvery: 2);

        var (first, _, _) = await served.GetAsync("accounts?$select=name", "odata.maxpagesize=10");
        var (second, error, _) = await served.GetAsync("WhoAmI");

        Assert.Equal(200, first);
        Assert.Equal(503, second);
        Assert.Equal(WebApiError.UnavailableMessage, (string?)error!["error"]!["message"]);
        Assert.Equal(
            new[] { new ServedRequest("GET", "/api/data/v9.2/accounts?$select=name", "odata.maxpagesize=10", 200), new ServedRequest("GET", "/api/data/v9.2/WhoAmI", null, 503) },
            served.Server.Log);
    }

    [Fact]
    public async Task RetrieveUserPrivilegeByPrivilegeName_lists_the_held_privilege_and_nothing_for_a_user_without_it()
    {
        Guid rep = Guid.Empty;
        await using var served = await ServedOrg.StartAsync(seed: org => rep = org.AddUser("Rep", roles: Array.Empty<Security.SecurityRole>()));
        const string privilege = "prvCreatectier_tierrecalculation";

        var (status, held, _) = await served.GetAsync($"systemusers({served.Admin})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='{privilege}')");
        var (_, none, _) = await served.GetAsync($"systemusers({rep})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='{privilege}')");

        Assert.Equal(200, status);
        var row = Assert.Single(held!["RolePrivileges"]!.AsArray())!;
        Assert.Equal(privilege, (string?)row["PrivilegeName"]);
        Assert.Equal("Global", (string?)row["Depth"]);
        Assert.Empty(none!["RolePrivileges"]!.AsArray());
    }
}
