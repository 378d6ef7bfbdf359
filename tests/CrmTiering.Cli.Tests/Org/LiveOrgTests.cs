using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Reading;
using CrmTiering.Emulator;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace CrmTiering.Cli.Tests.Org;

/// <summary>crmtiering ↔ the Web API facade over real HTTP: --org reads, sweep, doctor, and the failures a live org gives.</summary>
public sealed class LiveOrgTests
{
    private static void Seed(EmulatedOrganization org)
    {
        var owner = org.AddUser("Rep One");
        for (var i = 0; i < 7; i++)
        {
            var account = org.Seed(new Entity("account")
            {
                ["name"] = "Account " + i,
                ["statecode"] = new OptionSetValue(0),
                ["statuscode"] = new OptionSetValue(1),
                ["ownerid"] = new EntityReference("systemuser", owner),
                ["createdon"] = new DateTime(2023, 1, 15, 9, 0, 0, DateTimeKind.Utc),
                ["ctier_referralvalue"] = i % 11,
            });
            for (var k = 0; k <= i; k++)
            {
                org.Seed(new Entity("opportunity")
                {
                    ["parentaccountid"] = new EntityReference("account", account),
                    ["statecode"] = new OptionSetValue(1),
                    ["statuscode"] = new OptionSetValue(3),
                    ["actualvalue_base"] = new Money(40000m * (i + 1)),
                    ["actualvalue"] = new Money(40000m * (i + 1)),
                    ["actualclosedate"] = new DateTime(2025, 3, 10 + k, 0, 0, 0, DateTimeKind.Utc),
                });
            }
            org.Seed(new Entity("invoice")
            {
                ["customerid"] = new EntityReference("account", account),
                ["statecode"] = new OptionSetValue(2),
                ["statuscode"] = new OptionSetValue(100001),
                ["totalamount_base"] = new Money(15000m * i),
                ["totalamount"] = new Money(15000m * i),
                ["datedelivered"] = new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc),
                ["createdon"] = new DateTime(2025, 1, 20, 0, 0, 0, DateTimeKind.Utc),
            });
        }
    }

    [Fact]
    public async Task Review_over_the_org_equals_review_over_the_same_rows_exported_to_csv()
    {
        await using var live = await LiveOrg.StartAsync(Seed);
        using var folder = new Workspace();
        var system = live.Organization.ServiceFor(live.Organization.SystemUserId);
        var accounts = Export(system, folder, "accounts.csv", "account", OrgQueries.AccountColumns, new ConditionExpression("statecode", ConditionOperator.Equal, 0));
        var opportunities = Export(system, folder, "opportunities.csv", "opportunity", OrgQueries.OpportunityColumns, new ConditionExpression("statecode", ConditionOperator.In, 0, 1));
        var invoices = Export(system, folder, "invoices.csv", "invoice", OrgQueries.InvoiceColumns, new ConditionExpression("statecode", ConditionOperator.Equal, 2));
        var users = Export(system, folder, "users.csv", "systemuser", OrgQueries.UserColumns, null);

        var fromCsv = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--invoices", invoices, "--users", users,
            "--from", "2024-06-30", "--to", "2025-06-30", "--every", "3");
        var fromOrg = live.Run("review", "--org", live.Url, "--from", "2024-06-30", "--to", "2025-06-30", "--every", "3");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.True(fromOrg.ExitCode == 0, fromOrg.Error);
        Assert.Equal(7 * 5 + 1, fromOrg.Output.TrimEnd('\n').Split('\n').Length);
        Assert.Equal(fromCsv.Output, fromOrg.Output);
    }

    [Fact]
    public async Task Sweep_calls_the_api_page_after_page_and_sums_the_pages()
    {
        await using var live = await LiveOrg.StartAsync(Seed);
        var run = live.Run("sweep", "--org", live.Url, "--mode", "All", "--page-size", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("sweep All: 7 accounts in 3 pages", run.Output);
        // Rerun: idempotent, nothing changes the second time.
        var again = live.Run("sweep", "--org", live.Url, "--mode", "All", "--page-size", "3");
        Assert.StartsWith("sweep All: 7 accounts in 3 pages, 0 changed", again.Output);
    }

    [Fact]
    public async Task A_throttled_org_is_waited_for_as_Retry_After_says()
    {
        await using var live = await LiveOrg.StartAsync(Seed, throttleEvery: 2);
        var run = live.Run("sweep", "--org", live.Url, "--mode", "All", "--page-size", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("sweep All: 7 accounts in 3 pages", run.Output);
        Assert.NotEmpty(live.Waits);
        Assert.All(live.Waits, wait => Assert.Equal(TimeSpan.FromSeconds(1), wait));
    }

    [Fact]
    public async Task A_sweep_resumes_from_a_cookie_and_a_rerun_with_it_changes_nothing()
    {
        await using var live = await LiveOrg.StartAsync(Seed);
        using var http = new System.Net.Http.HttpClient(new System.Net.Http.HttpClientHandler { UseProxy = false });
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LiveOrg.Token);
        var first = await http.PostAsync(live.Server.ServiceRoot + "ctier_RecalculateTiers",
            new System.Net.Http.StringContent("{\"Mode\":\"All\",\"PageSize\":3}", System.Text.Encoding.UTF8, "application/json"));
        using var page = System.Text.Json.JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var cookie = page.RootElement.GetProperty("PageCookie").GetString()!;

        var resumed = live.Run("sweep", "--org", live.Url, "--mode", "All", "--page-size", "3", "--cookie", cookie);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.StartsWith("sweep All: 4 accounts in 2 pages", resumed.Output);
        var again = live.Run("sweep", "--org", live.Url, "--mode", "All", "--page-size", "3", "--cookie", cookie);
        Assert.StartsWith("sweep All: 4 accounts in 2 pages, 0 changed", again.Output);
    }

    [Fact]
    public async Task Map_is_for_csv_headers_and_with_an_org_is_one_line_before_any_request()
    {
        await using var live = await LiveOrg.StartAsync(Seed);
        var run = live.Run("review", "--org", live.Url, "--as-of", "2025-06-30", "--map", "accountid=Account ID");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + OrgMessages.MapWithOrg, Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(0, live.Server.Requests);
    }

    [Fact]
    public async Task An_org_that_keeps_throttling_ends_in_one_line_after_bounded_retries()
    {
        await using var live = await LiveOrg.StartAsync(Seed, throttleEvery: 1);
        var run = live.Run("sweep", "--org", live.Url, "--mode", "Due");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("429", line);
        Assert.Contains("nothing was swept", line);
        Assert.Equal(5, live.Waits.Count);
        Assert.Equal(6, live.Server.Requests);
    }

    [Fact]
    public async Task A_wrong_token_is_one_line_naming_the_request_and_what_to_do()
    {
        await using var live = await LiveOrg.StartAsync(Seed);
        var run = live.RunWithToken("wrong-token", "review", "--org", live.Url, "--as-of", "2025-06-30");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("GET /api/data/v9.2/", line);
        Assert.Contains("401", line);
        Assert.Contains("sign in again", line);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task A_user_without_the_execute_privilege_is_told_which_role_to_get()
    {
        await using var live = await LiveOrg.StartAsync(Seed, caller: (org, _) => org.AddUser("No Roles"));
        var run = live.Run("sweep", "--org", live.Url, "--mode", "Due");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("POST /api/data/v9.2/ctier_RecalculateTiers", line);
        Assert.Contains("Tiering Administrator", line);
    }

    [Fact]
    public async Task Doctor_on_an_org_without_the_solution_says_to_import_it()
    {
        // A real org always lists solutions; this one has only the default one.
        await using var live = await LiveOrg.StartAsync(org => org.Seed(new Entity("solution") { ["uniquename"] = "Default", ["version"] = "1.0" }), installed: false);
        var run = live.Run("doctor", "--org", live.Url);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("not installed", line);
    }

    [Fact]
    public async Task Doctor_on_a_healthy_org_passes_and_prints_the_win_and_lose_ids_with_the_build_command()
    {
        // The install leaves the solution, step, Custom API and message rows as an import does.
        await using var live = await LiveOrg.StartAsync();
        var run = live.Run("doctor", "--org", live.Url);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain("problem", run.Output);
        var win = SolutionComponentRows.MessageId("Win");
        var lose = SolutionComponentRows.MessageId("Lose");
        Assert.Contains($"-p:CrmTieringSdkMessageIds=\"Win={win:D};Lose={lose:D}\"", run.Output);
    }

    [Fact]
    public async Task Doctor_names_a_disabled_step()
    {
        var disabled = CrmTiering.Plugins.Registration.TieringSteps.Shipped[0];
        await using var live = await LiveOrg.StartAsync(org =>
            org.ServiceFor(org.SystemUserId).Update(new Entity(SolutionComponentRows.StepTable, disabled.Id) { ["statecode"] = new OptionSetValue(1) }));
        var run = live.Run("doctor", "--org", live.Url);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("problem step " + disabled.Name + ": disabled", run.Output);
    }

    [Fact]
    public async Task Doctor_names_an_older_solution_version()
    {
        await using var live = await LiveOrg.StartAsync(org =>
        {
            var solution = org.ServiceFor(org.SystemUserId).RetrieveMultiple(new QueryExpression(SolutionComponentRows.SolutionTable) { ColumnSet = new ColumnSet("version") }).Entities.Single();
            org.ServiceFor(org.SystemUserId).Update(new Entity(SolutionComponentRows.SolutionTable, solution.Id) { ["version"] = "0.9.0.0" });
        });
        var run = live.Run("doctor", "--org", live.Url);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("0.9.0.0", run.Output);
        Assert.Contains(SolutionComponentRows.Release, run.Output);
    }

    [Fact]
    public async Task No_way_to_sign_in_is_a_one_line_mistake_before_any_request()
    {
        await using var live = await LiveOrg.StartAsync();
        var run = live.RunWithToken(null, "review", "--org", live.Url, "--as-of", "2025-06-30");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DATAVERSE_ACCESS_TOKEN", Assert.Single(run.ErrorLines));
        Assert.Equal(0, live.Server.Requests);
    }

    private static string Export(IOrganizationService service, Workspace folder, string name, string table, System.Collections.Generic.IReadOnlyList<OrgColumn> columns, ConditionExpression? condition)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns.Select(c => c.Attribute).ToArray()) };
        if (condition is not null) query.Criteria.AddCondition(condition);
        query.AddOrder(table + "id", OrderType.Ascending);
        var path = folder.PathOf(name);
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Join(",", columns.Select(c => c.Input)));
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            writer.WriteLine(string.Join(",", columns.Select(c => Text(row, c.Attribute))));
        }
        return path;
    }

    private static string Text(Entity row, string column) => row.Attributes.TryGetValue(column, out var value) ? value switch
    {
        null => string.Empty,
        Guid id => id.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => "\"" + value.ToString()!.Replace("\"", "\"\"") + "\"",
    } : string.Empty;
}
