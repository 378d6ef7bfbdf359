using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Xml.Linq;
using CrmTiering.Cli.Org.Http;

namespace CrmTiering.Cli.Org.Paging;

/// <summary>
/// Every row of a FetchXML query through the Web API, with paging cookies as "Page results using
/// FetchXml" (learn.microsoft.com, fetchxml/page-results) describes: the page size is the fetch
/// element's <c>count</c> (at most 5 000; <c>top</c> is never combined with paging), the request
/// carries <c>Prefer: odata.include-annotations="Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords"</c>,
/// and the response's <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> is a small XML element whose
/// <c>pagingcookie</c> attribute is URL-encoded twice: decoded twice, it becomes the next request's
/// <c>paging-cookie</c> attribute (XML-escaped by being written as an attribute) with <c>page</c> + 1.
/// <c>@Microsoft.Dynamics.CRM.morerecords</c> says whether another page exists. The FetchXML goes in the
/// <c>fetchXml</c> query parameter, URL-encoded ("Use FetchXml with the Web API").
/// </summary>
public static class FetchXmlPages
{
    public const int MaxPageSize = 5000;

    public const string Prefer =
        "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"";

    public const string CookieAnnotation = "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie";
    public const string MoreRecordsAnnotation = "@Microsoft.Dynamics.CRM.morerecords";

    /// <param name="entitySet">The table's entity set name (<c>opportunities</c>).</param>
    /// <param name="fetch">The query without paging attributes; its entity must order by a unique column.</param>
    public static IEnumerable<JsonElement> Rows(WebApiClient client, string entitySet, XElement fetch, int pageSize = MaxPageSize, CancellationToken cancel = default)
    {
        var page = 1;
        string? cookie = null;
        while (true)
        {
            var query = Page(fetch, pageSize, page, cookie);
            var uri = client.Resolve(entitySet + "?fetchXml=" + Uri.EscapeDataString(query.ToString(SaveOptions.DisableFormatting)));
            using var response = client.SendAsync(new WebApiRequest(HttpMethod.Get, uri, Prefer), cancel).GetAwaiter().GetResult();
            var root = response.RootElement;
            if (root.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray()) yield return row.Clone();
            }
            if (!(root.TryGetProperty(MoreRecordsAnnotation, out var more) && more.ValueKind == JsonValueKind.True)) yield break;
            (page, cookie) = Next(root, page);
        }
    }

    /// <summary>The fetch with <c>count</c>, <c>page</c> and (from page 2 on) <c>paging-cookie</c> set.</summary>
    public static XElement Page(XElement fetch, int pageSize, int page, string? cookie)
    {
        var copy = new XElement(fetch);
        copy.SetAttributeValue("top", null);
        copy.SetAttributeValue("count", pageSize.ToString(CultureInfo.InvariantCulture));
        copy.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
        copy.SetAttributeValue("paging-cookie", cookie);
        return copy;
    }

    /// <summary>
    /// The next page number and cookie from a response with more records. Without a cookie annotation
    /// (some queries allow none) the next page is asked for by number alone (simple paging).
    /// </summary>
    public static (int Page, string? Cookie) Next(JsonElement root, int page)
    {
        if (!root.TryGetProperty(CookieAnnotation, out var annotation) || annotation.ValueKind != JsonValueKind.String)
        {
            return (page + 1, null);
        }
        var element = XElement.Parse(annotation.GetString()!);
        var encoded = element.Attribute("pagingcookie")?.Value;
        var next = int.TryParse(element.Attribute("pagenumber")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > page
            ? number
            : page + 1;
        return (next, encoded is null ? null : DecodeCookie(encoded));
    }

    /// <summary>The cookie as the paging-cookie attribute wants it: the annotation's value URL-decoded twice.</summary>
    public static string DecodeCookie(string encoded) => Uri.UnescapeDataString(Uri.UnescapeDataString(encoded));
}
