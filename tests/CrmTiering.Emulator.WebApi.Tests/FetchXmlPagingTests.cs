using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using System.Xml.Linq;
using CrmTiering.Emulator.WebApi;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>fetchXml= with paging exactly as "Page results using FetchXml" (Web API tab) shows it.</summary>
public sealed class FetchXmlPagingTests
{
    private const string Both = "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"";

    private static string Fetch(int count, int page, string? cookie = null)
    {
        var fetch = new XElement("fetch", new XAttribute("count", count), new XAttribute("page", page),
            new XElement("entity", new XAttribute("name", "account"),
                new XElement("attribute", new XAttribute("name", "name")),
                new XElement("attribute", new XAttribute("name", "numberofemployees")),
                new XElement("order", new XAttribute("attribute", "name"))));
        if (cookie is not null) fetch.SetAttributeValue("paging-cookie", cookie); // XElement XML-encodes it
        return "accounts?fetchXml=" + Uri.EscapeDataString(fetch.ToString(SaveOptions.DisableFormatting));
    }

    private static async Task<ServedOrg> ServedAsync(int accounts)
    {
        var served = await ServedOrg.StartAsync();
        for (var i = 0; i < accounts; i++) served.SeedAccount($"Account {i:00}");
        return served;
    }

    [Fact]
    public async Task Pages_by_the_double_encoded_cookie_until_the_last_page_which_has_neither_annotation()
    {
        await using var served = await ServedAsync(7);
        var names = new System.Collections.Generic.List<string>();
        string? cookie = null;
        for (var page = 1; page <= 3; page++)
        {
            var (status, body, response) = await served.GetAsync(Fetch(3, page, cookie), Both);
            Assert.Equal(200, status);
            names.AddRange(body!["value"]!.AsArray().Select(r => (string)r!["name"]!));
            if (page < 3)
            {
                Assert.True((bool)body["@Microsoft.Dynamics.CRM.morerecords"]!);
                var annotation = XElement.Parse((string)body["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]!);
                Assert.Equal((page + 1).ToString(), (string?)annotation.Attribute("pagenumber"));
                Assert.Equal("False", (string?)annotation.Attribute("istracking"));
                var encoded = (string)annotation.Attribute("pagingcookie")!;
                Assert.StartsWith("%253Ccookie%2520page%253D%2522" + page + "%2522", encoded, StringComparison.OrdinalIgnoreCase);
                cookie = Uri.UnescapeDataString(Uri.UnescapeDataString(encoded));
                Assert.Equal(page.ToString(), (string?)XElement.Parse(cookie).Attribute("page"));
                Assert.Contains(Both["odata.include-annotations=".Length..].Trim('"'), response.Headers.GetValues("Preference-Applied").Single(), StringComparison.Ordinal);
            }
            else
            {
                Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.morerecords"));
                Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
            }
        }

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Account {i:00}"), names);
    }

    [Fact]
    public async Task Without_the_prefer_header_no_paging_annotation_is_returned()
    {
        await using var served = await ServedAsync(4);

        var (_, body, _) = await served.GetAsync(Fetch(2, 1));

        Assert.Equal(2, body!["value"]!.AsArray().Count);
        Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
        Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.morerecords"));
    }

    [Fact]
    public async Task Only_the_requested_annotation_and_wildcards_are_honoured()
    {
        await using var served = await ServedAsync(4);

        var (_, cookieOnly, _) = await served.GetAsync(Fetch(2, 1), "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie\"");
        var (_, all, _) = await served.GetAsync(Fetch(2, 1), "odata.include-annotations=\"*\"");

        Assert.True(cookieOnly!.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
        Assert.False(cookieOnly.ContainsKey("@Microsoft.Dynamics.CRM.morerecords"));
        Assert.True(all!.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
        Assert.True(all.ContainsKey("@Microsoft.Dynamics.CRM.morerecords"));
    }

    [Fact]
    public async Task FetchXml_results_leave_out_null_columns_and_OData_results_keep_them_as_null()
    {
        await using var served = await ServedAsync(1);

        var (_, fetched, _) = await served.GetAsync(Fetch(5, 1));
        var (_, odata, _) = await served.GetAsync("accounts?$select=name,numberofemployees");

        Assert.False(fetched!["value"]![0]!.AsObject().ContainsKey("numberofemployees"));
        var row = odata!["value"]![0]!.AsObject();
        Assert.True(row.ContainsKey("numberofemployees"));
        Assert.Null(row["numberofemployees"]);
    }

    [Fact]
    public async Task A_fetch_of_another_table_than_the_entity_set_is_refused()
    {
        await using var served = await ServedAsync(1);

        var (status, body, _) = await served.GetAsync("contacts?fetchXml=" + Uri.EscapeDataString("<fetch><entity name='account'><attribute name='name'/></entity></fetch>"));

        Assert.Equal(400, status);
        Assert.Equal(WebApiError.Hex(Faults.PlatformErrorCodes.InvalidArgument), (string?)body!["error"]!["code"]);
    }
}
