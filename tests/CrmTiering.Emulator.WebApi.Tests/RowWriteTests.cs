using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// Create, retrieve, update and delete one row ("Create a table row", "Update and delete table rows",
/// "Perform conditional operations using the Web API").
/// </summary>
public sealed class RowWriteTests
{
    private static HttpRequestMessage Json(HttpMethod method, string path, string json, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    [Fact]
    public async Task Create_answers_204_with_the_entity_id_and_binds_lookups()
    {
        await using var served = await ServedOrg.StartAsync();
        var parent = served.SeedAccount("Parent");

        var (status, body, response) = await served.SendAsync(Json(HttpMethod.Post, "accounts", $$"""{"name":"New","revenue":250.5,"parentaccountid@odata.bind":"/accounts({{parent}})"}"""));

        Assert.Equal(204, status);
        Assert.Null(body);
        var url = response.Headers.GetValues("OData-EntityId").Single();
        Assert.StartsWith(served.Server.ServiceRoot + "accounts(", url);
        var id = Guid.Parse(url[(url.IndexOf('(') + 1)..^1]);
        var row = served.Organization.Peek("account", id)!;
        Assert.Equal("New", row.GetAttributeValue<string>("name"));
        Assert.Equal(250.5m, row.GetAttributeValue<Money>("revenue").Value);
        Assert.Equal(parent, row.GetAttributeValue<EntityReference>("parentaccountid").Id);
        Assert.Equal(served.Admin, row.GetAttributeValue<EntityReference>("createdby").Id);
    }

    [Fact]
    public async Task Return_representation_answers_201_with_the_row_and_formatted_values_only_when_asked()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body, response) = await served.SendAsync(Json(HttpMethod.Post, "accounts?$select=name,revenue,_transactioncurrencyid_value", """{"name":"Shown","revenue":1000}""",
            ("Prefer", "return=representation")));
        var (_, annotated, _) = await served.GetAsync($"accounts({(string)body!["accountid"]!})?$select=revenue,_transactioncurrencyid_value", "odata.include-annotations=\"*\"");

        Assert.Equal(201, status);
        Assert.Equal("return=representation", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal("Shown", (string?)body["name"]);
        Assert.Equal(1000m, (decimal)body["revenue"]!);
        Assert.False(body.ContainsKey("revenue@OData.Community.Display.V1.FormattedValue"));
        Assert.EndsWith("$metadata#accounts(name,revenue,_transactioncurrencyid_value)/$entity", (string?)body["@odata.context"]);
        Assert.Equal("USD 1,000.00", (string?)annotated!["revenue@OData.Community.Display.V1.FormattedValue"]);
        Assert.Equal("transactioncurrency", (string?)annotated["_transactioncurrencyid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]);
        Assert.Equal(served.Organization.BaseCurrencyId.ToString("D"), (string?)annotated["_transactioncurrencyid_value"]);
    }

    [Fact]
    public async Task Date_only_columns_come_back_as_dates_and_date_times_in_utc()
    {
        await using var served = await ServedOrg.StartAsync();
        var account = served.SeedAccount("Owner");
        var opportunity = served.Organization.SystemService.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["parentaccountid"] = new EntityReference("account", account),
            ["actualclosedate"] = new DateTime(2025, 5, 17, 0, 0, 0, DateTimeKind.Utc),
        });

        var (_, body, _) = await served.GetAsync($"opportunities({opportunity})?$select=actualclosedate,createdon");

        Assert.Equal("2025-05-17", (string?)body!["actualclosedate"]);
        Assert.Equal("2025-06-30T12:00:00Z", (string?)body["createdon"]);
    }

    [Fact]
    public async Task Patch_with_if_match_star_updates_only_an_existing_row()
    {
        await using var served = await ServedOrg.StartAsync();
        var id = served.SeedAccount("Before");

        var (updated, _, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({id})", """{"name":"After"}""", ("If-Match", "*")));
        var missing = Guid.NewGuid();
        var (notFound, error, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({missing})", """{"name":"Nobody"}""", ("If-Match", "*")));

        Assert.Equal(204, updated);
        Assert.Equal("After", served.Organization.Peek("account", id)!.GetAttributeValue<string>("name"));
        Assert.Equal(404, notFound);
        Assert.Equal("0x80040217", (string?)error!["error"]!["code"]);
        Assert.Null(served.Organization.Peek("account", missing));
    }

    [Fact]
    public async Task Patch_without_if_match_is_an_upsert_and_if_none_match_star_only_creates()
    {
        await using var served = await ServedOrg.StartAsync();
        var id = Guid.NewGuid();

        var (created, _, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({id})", """{"name":"Upserted"}"""));
        var (refused, error, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({id})", """{"name":"Again"}""", ("If-None-Match", "*")));

        Assert.Equal(204, created);
        Assert.Equal("Upserted", served.Organization.Peek("account", id)!.GetAttributeValue<string>("name"));
        Assert.Equal(412, refused);
        Assert.Equal("0x80040237", (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task If_match_with_a_stale_etag_is_412_concurrency_version_mismatch()
    {
        await using var served = await ServedOrg.StartAsync();
        var id = served.SeedAccount("Versioned");
        var (_, row, _) = await served.GetAsync($"accounts({id})?$select=name");
        var etag = (string)row!["@odata.etag"]!;

        var (first, _, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({id})", """{"name":"First"}""", ("If-Match", etag)));
        var (second, error, _) = await served.SendAsync(Json(HttpMethod.Patch, $"accounts({id})", """{"name":"Second"}""", ("If-Match", etag)));

        Assert.Equal(204, first);
        Assert.Equal(412, second);
        Assert.Equal("0x80060882", (string?)error!["error"]!["code"]);
        Assert.Equal("First", served.Organization.Peek("account", id)!.GetAttributeValue<string>("name"));
    }

    [Fact]
    public async Task Delete_removes_the_row_and_a_later_get_is_404()
    {
        await using var served = await ServedOrg.StartAsync();
        var id = served.SeedAccount("Doomed");

        var (deleted, _, _) = await served.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"accounts({id})"));
        var (status, error, _) = await served.GetAsync($"accounts({id})");

        Assert.Equal(204, deleted);
        Assert.Equal(404, status);
        Assert.Equal("0x80040217", (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task A_lookup_written_as_its_value_property_is_refused_as_the_platform_refuses_it()
    {
        await using var served = await ServedOrg.StartAsync();
        var parent = served.SeedAccount("Parent");

        var (status, error, _) = await served.SendAsync(Json(HttpMethod.Post, "accounts", $$"""{"name":"X","_parentaccountid_value":"{{parent}}"}"""));

        Assert.Equal(400, status);
        Assert.Equal(EntityBody.LookupByValueMessage, (string?)error!["error"]!["message"]);
        Assert.Equal(1, served.Organization.CountRows("account"));
    }

    [Fact]
    public async Task A_user_without_read_access_gets_403()
    {
        Guid reader = Guid.Empty;
        await using var served = await ServedOrg.StartAsync(caller: (org, _) => reader = org.AddUser("No roles", roles: Array.Empty<Security.SecurityRole>()));
        var id = served.SeedAccount("Hidden");
        served.Organization.SetReadDepth(reader, "account", Security.ReadDepth.None);

        var (status, error, _) = await served.GetAsync($"accounts({id})");

        Assert.Equal(403, status);
        Assert.StartsWith("0x8004", (string?)error!["error"]!["code"]);
    }
}
