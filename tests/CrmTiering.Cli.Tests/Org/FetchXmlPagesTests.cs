using System.Text.Json;
using System.Xml.Linq;
using CrmTiering.Cli.Org.Paging;
using Xunit;

namespace CrmTiering.Cli.Tests.Org;

/// <summary>The FetchXML paging cookie as "Page results using FetchXml" describes it.</summary>
public sealed class FetchXmlPagesTests
{
    [Fact]
    public void The_cookie_annotation_is_decoded_twice_and_the_next_page_is_its_pagenumber()
    {
        const string annotation = "<cookie pagenumber=\"2\" pagingcookie=\"%253ccookie%2520page%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257bA%257d%2522%2520first%253d%2522%257bB%257d%2522%2520%252f%253e%253c%252fcookie%253e\" istracking=\"False\" />";
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new System.Collections.Generic.Dictionary<string, object>
        {
            ["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"] = annotation,
            ["@Microsoft.Dynamics.CRM.morerecords"] = true,
        }));
        var (page, cookie) = FetchXmlPages.Next(json.RootElement, 1);
        Assert.Equal(2, page);
        Assert.Equal("<cookie page=\"1\"><accountid last=\"{A}\" first=\"{B}\" /></cookie>", cookie);
    }

    [Fact]
    public void The_next_request_sets_count_page_and_the_cookie_as_an_xml_escaped_attribute_and_drops_top()
    {
        var fetch = XElement.Parse("<fetch top=\"3\"><entity name=\"account\" /></fetch>");
        var paged = FetchXmlPages.Page(fetch, 5000, 2, "<cookie page=\"1\" />").ToString(SaveOptions.DisableFormatting);
        Assert.Equal("<fetch count=\"5000\" page=\"2\" paging-cookie=\"&lt;cookie page=&quot;1&quot; /&gt;\"><entity name=\"account\" /></fetch>", paged);
    }

    [Fact]
    public void Without_a_cookie_annotation_the_next_page_is_asked_for_by_number()
    {
        using var json = JsonDocument.Parse("{\"@Microsoft.Dynamics.CRM.morerecords\":true}");
        Assert.Equal((3, (string?)null), FetchXmlPages.Next(json.RootElement, 2));
    }
}
