using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// <c>GET {set}?fetchXml=…</c> ("Use FetchXml with the Web API", "Page results using FetchXml"): the
/// page size is the fetch's <c>count</c> (5 000 without one), the page its <c>page</c>. When more rows
/// exist, <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> (the wrapper of
/// <see cref="PagingCookieAnnotation"/>) and <c>@Microsoft.Dynamics.CRM.morerecords</c> are returned, each
/// only when <c>Prefer: odata.include-annotations</c> asks for it; on the last page neither is. FetchXML
/// results carry no properties for null values.
/// </summary>
public sealed class FetchXmlRoute
{
    private readonly WebApiContext _context;

    public FetchXmlRoute(WebApiContext context)
    {
        _context = context;
    }

    public WebApiResponse Get(string setName, string table, string fetchXml, WebApiRequest request, PreferHeader prefer)
    {
        XElement fetch;
        try
        {
            fetch = XElement.Parse(fetchXml);
        }
        catch (XmlException e)
        {
            throw WebApiRequestException.BadRequest("The fetchXml parameter is not valid XML: " + e.Message);
        }

        var entity = (string?)fetch.Element("entity")?.Attribute("name");
        if (!string.Equals(entity, table, StringComparison.Ordinal))
        {
            throw WebApiRequestException.BadRequest($"The FetchXML's entity '{entity}' is not the table of the entity set '{setName}' ({table}).");
        }

        var page = int.TryParse((string?)fetch.Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var result = _context.Service.RetrieveMultiple(new FetchExpression(fetchXml));
        var writer = new EntityJson(_context.Organization, prefer);
        var body = new JsonObject { ["@odata.context"] = _context.ServiceRoot + "$metadata#" + setName };
        if (result.MoreRecords && prefer.Wants(PreferHeader.FetchXmlPagingCookie) && !string.IsNullOrEmpty(result.PagingCookie))
        {
            body["@" + PreferHeader.FetchXmlPagingCookie] = PagingCookieAnnotation.For(page + 1, result.PagingCookie);
        }

        if (result.MoreRecords && prefer.Wants(PreferHeader.MoreRecords)) body["@" + PreferHeader.MoreRecords] = true;
        if (string.Equals(request.QueryOption("$count"), "true", StringComparison.OrdinalIgnoreCase)) body["@odata.count"] = result.Entities.Count;
        body["value"] = new JsonArray(result.Entities.Select(e => (JsonNode)writer.Write(e, null)).ToArray());
        var response = WebApiResponse.Json(200, body);
        if (prefer.HasAnnotations) response.With("Preference-Applied", "odata.include-annotations=\"" + prefer.AnnotationText + "\"");
        return response;
    }
}
