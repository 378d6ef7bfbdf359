using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>$filter, $orderby, $top and $count as "Query data using the Web API" › "Filter rows" describes them.</summary>
public sealed class FilterTests
{
    private static async Task<ServedOrg> ServedWithAccountsAsync()
    {
        var served = await ServedOrg.StartAsync();
        var parent = served.SeedAccount("Alpha Parent");
        foreach (var (name, employees) in new[] { ("Beta Child", 10), ("Gamma Child", 20), ("Delta", 30), ("Epsilon 100%", 40) })
        {
            var id = served.SeedAccount(name, name.EndsWith("Child", StringComparison.Ordinal) ? parent : null);
            served.Organization.SystemService.Update(new Entity("account", id) { ["numberofemployees"] = employees });
        }

        return served;
    }

    private static async Task<string[]> NamesAsync(ServedOrg served, string query)
    {
        var (status, body, _) = await served.GetAsync("accounts?$select=name&" + query);
        Assert.True(status == 200, $"{query}: {status} {body?.ToJsonString()}");
        return body!["value"]!.AsArray().Select(r => (string)r!["name"]!).ToArray();
    }

    [Theory]
    [InlineData("$filter=numberofemployees eq 20", "Gamma Child")]
    [InlineData("$filter=numberofemployees ne 20 and numberofemployees ne null", "Beta Child,Delta,Epsilon 100%")]
    [InlineData("$filter=numberofemployees gt 20", "Delta,Epsilon 100%")]
    [InlineData("$filter=numberofemployees ge 20", "Delta,Epsilon 100%,Gamma Child")]
    [InlineData("$filter=numberofemployees lt 20", "Beta Child")]
    [InlineData("$filter=numberofemployees le 20", "Beta Child,Gamma Child")]
    [InlineData("$filter=numberofemployees eq 10 or numberofemployees eq 40", "Beta Child,Epsilon 100%")]
    [InlineData("$filter=not (numberofemployees eq 10 or numberofemployees eq 40)", "Delta,Gamma Child")]
    [InlineData("$filter=numberofemployees eq null", "Alpha Parent")]
    [InlineData("$filter=_parentaccountid_value ne null", "Beta Child,Gamma Child")]
    [InlineData("$filter=contains(name,'child')", "Beta Child,Gamma Child")]
    [InlineData("$filter=startswith(name,'Del')", "Delta")]
    [InlineData("$filter=endswith(name,'100%')", "Epsilon 100%")]
    [InlineData("$filter=contains(name,'0%') and not startswith(name,'Beta')", "Epsilon 100%")]
    [InlineData("$filter=(numberofemployees gt 10 and numberofemployees lt 40) or name eq 'Alpha Parent'", "Alpha Parent,Delta,Gamma Child")]
    [InlineData("$filter=name eq 'O''Neil'", "")]
    public async Task Operators_select_the_rows_the_platform_would(string query, string expected)
    {
        await using var served = await ServedWithAccountsAsync();

        var names = await NamesAsync(served, query);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Guid_and_date_literals_compare_as_ids_and_instants()
    {
        await using var served = await ServedWithAccountsAsync();
        var parent = served.Organization.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryByAttribute("account") { Attributes = { "name" }, Values = { "Alpha Parent" } }).Entities.Single().Id;

        Assert.Equal(new[] { "Beta Child", "Gamma Child" }, (await NamesAsync(served, $"$filter=_parentaccountid_value eq {parent}&$orderby=name")));
        Assert.Equal(5, (await NamesAsync(served, "$filter=createdon le 2025-06-30T12:00:00Z")).Length);
        Assert.Empty(await NamesAsync(served, "$filter=createdon gt 2025-07-01"));
    }

    [Fact]
    public async Task Orderby_top_and_count()
    {
        await using var served = await ServedWithAccountsAsync();

        Assert.Equal(new[] { "Epsilon 100%", "Delta" }, await NamesAsync(served, "$orderby=numberofemployees desc&$top=2"));
        var (_, body, _) = await served.GetAsync("accounts?$select=name&$count=true&$filter=_parentaccountid_value ne null");
        Assert.Equal(2, (int)body!["@odata.count"]!);
    }

    [Theory]
    [InlineData("accounts?$skip=2", 400, "0x80060888")]
    [InlineData("accounts?$filter=name eq", 400, "0x80040203")]
    [InlineData("accounts?$filter=name xx 'a'", 400, "0x80040203")]
    [InlineData("accounts?$top=0", 400, "0x80040203")]
    [InlineData("notatables", 404, "0x80060888")]
    [InlineData("accounts?$expand=primarycontactid", 501, "0x80060888")]
    public async Task Bad_queries_are_refused_in_the_platforms_error_shape(string path, int status, string code)
    {
        await using var served = await ServedOrg.StartAsync();

        var (actual, body, _) = await served.GetAsync(path);

        Assert.Equal(status, actual);
        Assert.Equal(code, (string?)body!["error"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]!["message"]));
    }
}
