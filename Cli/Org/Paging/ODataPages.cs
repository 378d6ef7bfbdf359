using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using CrmTiering.Cli.Org.Http;

namespace CrmTiering.Cli.Org.Paging;

/// <summary>
/// Every row of an OData query, page after page ("Page results using OData", learn.microsoft.com):
/// the page size is asked for with <c>Prefer: odata.maxpagesize=N</c> (at most 5 000), and the next
/// page is the response's <c>@odata.nextLink</c>, requested as it is — never built with <c>$skip</c>,
/// which Dataverse does not support. Rows are handed on as they arrive; nothing is kept.
/// </summary>
public static class ODataPages
{
    public const int MaxPageSize = 5000;

    public static string Prefer(int pageSize) => "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture);

    /// <param name="query">The first page, relative to the Web API root: <c>accounts?$select=…&amp;$filter=…</c>.</param>
    public static IEnumerable<JsonElement> Rows(WebApiClient client, string query, int pageSize = MaxPageSize, CancellationToken cancel = default)
    {
        var next = client.Resolve(query);
        while (next is not null)
        {
            using var page = client.SendAsync(new WebApiRequest(System.Net.Http.HttpMethod.Get, next, Prefer(pageSize)), cancel).GetAwaiter().GetResult();
            var root = page.RootElement;
            if (root.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray()) yield return row.Clone();
            }
            next = NextLink(client, root);
        }
    }

    private static Uri? NextLink(WebApiClient client, JsonElement root)
    {
        if (!root.TryGetProperty("@odata.nextLink", out var link) || link.ValueKind != JsonValueKind.String) return null;
        var uri = new Uri(link.GetString()!, UriKind.RelativeOrAbsolute);
        if (!uri.IsAbsoluteUri) return client.Resolve(uri.OriginalString);
        // The link is the org's own; a link to another host would carry the token elsewhere.
        if (!string.Equals(uri.GetLeftPart(UriPartial.Authority), client.Org.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new WebApiException("GET " + uri.AbsolutePath, null, null, string.Format(OrgMessages.ForeignNextLink, uri.GetLeftPart(UriPartial.Authority)));
        }
        return uri;
    }
}
