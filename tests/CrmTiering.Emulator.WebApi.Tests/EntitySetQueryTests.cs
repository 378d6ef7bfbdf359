using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>GET on entity sets with OData options, over real HTTP ("Query data using the Web API").</summary>
public sealed class EntitySetQueryTests
{
    [Fact]
    public async Task Select_returns_the_columns_the_etag_and_the_key_with_lookups_as_value_properties()
    {
        await using var served = await ServedOrg.StartAsync();
        var parent = served.SeedAccount("Parent");
        var child = served.SeedAccount("Child", parent);

        var (status, body, _) = await served.GetAsync($"accounts?$select=name,_parentaccountid_value&$filter=accountid eq {child}");

        Assert.Equal(200, status);
        Assert.Equal(served.Server.ServiceRoot + "$metadata#accounts(name,_parentaccountid_value)", (string?)body!["@odata.context"]);
        var row = Assert.Single(body["value"]!.AsArray())!.AsObject();
        Assert.Equal("Child", (string?)row["name"]);
        Assert.Equal(parent.ToString("D"), (string?)row["_parentaccountid_value"]);
        Assert.Equal(child.ToString("D"), (string?)row["accountid"]);
        Assert.StartsWith("W/\"", (string?)row["@odata.etag"]);
        Assert.False(row.ContainsKey("_parentaccountid_value@OData.Community.Display.V1.FormattedValue"));
    }

    [Fact]
    public async Task Maxpagesize_pages_with_a_next_link_until_the_last_page()
    {
        await using var served = await ServedOrg.StartAsync();
        var ids = Enumerable.Range(0, 5).Select(i => served.SeedAccount("A" + i)).ToHashSet();

        var seen = new System.Collections.Generic.List<Guid>();
        string? next = "accounts?$select=name";
        var pages = 0;
        while (next is not null)
        {
            var (status, body, response) = await served.GetAsync(next, "odata.maxpagesize=2");
            Assert.Equal(200, status);
            Assert.Equal("odata.maxpagesize=2", response.Headers.GetValues("Preference-Applied").Single());
            seen.AddRange(body!["value"]!.AsArray().Select(r => Guid.Parse((string)r!["accountid"]!)));
            next = (string?)body["@odata.nextLink"];
            Assert.DoesNotContain("$skip=", next ?? string.Empty, StringComparison.Ordinal);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(ids.OrderBy(i => i), seen.OrderBy(i => i));
    }

    [Fact]
    public async Task Missing_or_wrong_token_is_401_with_a_bearer_challenge()
    {
        await using var served = await ServedOrg.StartAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { UseProxy = false }) { BaseAddress = new Uri(served.Server.ServiceRoot) };

        var missing = await anonymous.GetAsync("WhoAmI");
        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wrong");
        var wrong = await anonymous.GetAsync("WhoAmI");

        Assert.Equal(401, (int)missing.StatusCode);
        Assert.Equal(401, (int)wrong.StatusCode);
        Assert.StartsWith("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        var error = JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["error"]!;
        Assert.StartsWith("0x", (string?)error["code"]);
    }

    [Fact]
    public async Task WhoAmI_answers_the_token_users_ids()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body, _) = await served.GetAsync("WhoAmI");

        Assert.Equal(200, status);
        Assert.Equal(served.Admin.ToString("D"), (string?)body!["UserId"]);
        Assert.Equal(served.Organization.OrganizationId.ToString("D"), (string?)body["OrganizationId"]);
        Assert.Equal(served.Server.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse", (string?)body["@odata.context"]);
    }
}
