using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CrmTiering.Cli.Commands;
using CrmTiering.Cli.Simulate;

namespace CrmTiering.Cli.Tests.Simulate;

/// <summary><c>simulate --serve</c>: the replayed org behind the Web API facade, over real HTTP on loopback.</summary>
public sealed class SimulateServeTests
{
    private static readonly SimulationSettings Small = new(8, 2, 3, SimulationSettings.DefaultStart);

    private static HttpClient Client(string orgUrl, string? token)
    {
        var http = new HttpClient(new HttpClientHandler { UseProxy = false }) { BaseAddress = new Uri(orgUrl + "api/data/v9.2/") };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [Fact]
    public async Task The_served_simulation_answers_with_the_replayed_orgs_rows_as_its_admin()
    {
        await using var served = await ServedSimulation.StartAsync(Small, new ServeSettings(0, "t0ken", null));
        using var http = Client(served.OrgUrl, "t0ken");

        var whoAmI = JsonNode.Parse(await http.GetStringAsync("WhoAmI"))!;
        var accounts = JsonNode.Parse(await http.GetStringAsync("accounts?$select=name,ctier_tier"))!["value"]!.AsArray();

        Assert.StartsWith("http://127.0.0.1:", served.OrgUrl);
        Assert.Equal(served.Organization.People.Admin.ToString("D"), (string?)whoAmI["UserId"]);
        Assert.Equal(served.Organization.Organization.CountRows("account"), accounts.Count);
        Assert.All(accounts, a => Assert.NotNull(a!["ctier_tier"]));
    }

    [Theory]
    [InlineData("--port", "5000")]
    [InlineData("--no-auth")]
    [InlineData("--throttle-every", "3")]
    public void Serve_options_without_serve_are_a_user_mistake(params string[] option)
    {
        var run = CliRun.Of(["simulate", "--accounts", "2", "--months", "1", .. option]);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Equal(CliMessages.ErrorPrefix + SimulateCommand.ServeOnly, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_bad_port_is_a_user_mistake()
    {
        var run = CliRun.Of("simulate", "--serve", "--port", "70000");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Contains("--port", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>The real process: URL alone on the first line, the generated token printed, SIGINT (Ctrl+C) ends it with 0.</summary>
    [Fact]
    public async Task The_command_prints_the_url_first_serves_with_the_printed_token_and_stops_on_ctrl_c()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "crmtiering.dll");
        var start = new ProcessStartInfo("dotnet", new[] { cli, "simulate", "--serve", "--port", "0", "--accounts", "6", "--months", "1" })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(ServeCommand.TokenVariable);
        using var process = Process.Start(start)!;
        try
        {
            var url = await process.StandardOutput.ReadLineAsync();
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", url);
            string? tokenLine;
            while ((tokenLine = await process.StandardOutput.ReadLineAsync()) is not null && !tokenLine.StartsWith("Bearer token", StringComparison.Ordinal))
            {
            }

            Assert.NotNull(tokenLine);
            var token = tokenLine[(tokenLine.LastIndexOf('=') + 1)..];
            using var anonymous = Client(url!, null);
            using var http = Client(url!, token);

            Assert.Equal(401, (int)(await anonymous.GetAsync("WhoAmI")).StatusCode);
            Assert.Equal(200, (int)(await http.GetAsync("WhoAmI")).StatusCode);

            using (var interrupt = Process.Start("kill", new[] { "-INT", process.Id.ToString() })!) await interrupt.WaitForExitAsync();
            Assert.True(process.WaitForExit(30_000), "simulate --serve did not stop on SIGINT");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
