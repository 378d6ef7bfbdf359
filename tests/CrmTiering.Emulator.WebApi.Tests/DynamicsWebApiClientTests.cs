using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// A real client agrees: dynamics-web-api v2 (tests/webapi-js/client.test.mjs) retrieves, pages (OData and
/// FetchXML, plain and through $batch), creates, updates and calls ctier_RecalculateTiers against the facade;
/// what it reads must equal the org's rows read here through the SDK, and what it wrote must be in the org.
/// </summary>
public sealed class DynamicsWebApiClientTests
{
    private const int PageSize = 4;
    private const int FetchCount = 5;

    [NodeClientFact]
    public async Task Dynamics_web_api_reads_pages_writes_and_calls_the_action_as_the_org_has_it()
    {
        await using var served = await ServedOrg.StartAsync();
        var parents = Enumerable.Range(1, 4).Select(i => served.SeedAccount($"Parent {i:00}")).ToList();
        for (var i = 1; i <= 10; i++) served.SeedAccount($"Child {i:00}", parents[i % parents.Count]);

        var folder = Directory.CreateTempSubdirectory("webapi-js-").FullName;
        var expectedPath = Path.Combine(folder, "expected.json");
        var resultPath = Path.Combine(folder, "result.json");
        File.WriteAllText(expectedPath, Expected(served).ToJsonString());

        var (exitCode, output) = NodeClient.Run("client.test.mjs",
            ("CRMTIERING_SERVER_URL", served.Server.BaseUrl),
            ("DATAVERSE_ACCESS_TOKEN", ServedOrg.Token),
            ("CRMTIERING_EXPECTED", expectedPath),
            ("CRMTIERING_RESULT", resultPath));

        Assert.True(exitCode == 0, "dynamics-web-api disagrees with the facade:\n" + output);
        var result = JsonNode.Parse(File.ReadAllText(resultPath))!;
        var created = served.Organization.Peek("account", Guid.Parse((string)result["createdId"]!))!;
        Assert.Equal("Updated by dynamics-web-api", created.GetAttributeValue<string>("name"));
        Assert.Equal(1234.5m, created.GetAttributeValue<Money>("revenue").Value);
        Assert.Equal(Guid.Parse((string)result["parentId"]!), created.GetAttributeValue<EntityReference>("parentaccountid").Id);
        var accounts = served.Organization.CountRows("account");
        Assert.Equal(accounts, (int)result["processed"]!);
        Assert.Equal((accounts + PageSize - 1) / PageSize, (int)result["actionPages"]!);
        Assert.All(served.Organization.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("ctier_tier") }).Entities,
            account => Assert.NotNull(account.GetAttributeValue<OptionSetValue>("ctier_tier")));
    }

    /// <summary>The accounts as the SDK reads them, in name order: what the client must see.</summary>
    private static JsonObject Expected(ServedOrg served)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "parentaccountid") };
        query.AddOrder("name", OrderType.Ascending);
        var accounts = served.Organization.SystemService.RetrieveMultiple(query).Entities.Select(a => (JsonNode)new JsonObject
        {
            ["id"] = a.Id.ToString("D"),
            ["name"] = a.GetAttributeValue<string>("name"),
            ["parentId"] = a.GetAttributeValue<EntityReference>("parentaccountid")?.Id.ToString("D"),
        }).ToArray();
        return new JsonObject { ["pageSize"] = PageSize, ["fetchCount"] = FetchCount, ["accounts"] = new JsonArray(accounts) };
    }
}
