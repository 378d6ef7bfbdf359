using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// <c>GET {set}</c> with OData query options ("Query data using the Web API", "Page results using OData"):
/// <c>$select</c>, <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, <c>$count</c>; pages of
/// <c>Prefer: odata.maxpagesize</c> rows (default and largest 5 000) with an <c>@odata.nextLink</c> whose
/// <c>$skiptoken</c> carries the paging cookie; <c>$top</c> is ignored when a page size is asked for, and
/// <c>$skip</c> is refused, as documented. A <c>fetchXml=</c> query goes to <see cref="FetchXmlRoute"/>.
/// </summary>
public sealed class CollectionRoute
{
    public const int MaxPageSize = 5000;
    public const string SkipMessage = "The query parameter $skip is not supported";

    private static readonly HashSet<string> KnownOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "$select", "$filter", "$orderby", "$top", "$count", "$skiptoken", "$skip", "fetchXml",
    };

    private readonly WebApiContext _context;

    public CollectionRoute(WebApiContext context)
    {
        _context = context;
    }

    public WebApiResponse Get(string setName, WebApiRequest request)
    {
        var table = _context.TableOf(setName);
        foreach (var option in request.Query)
        {
            if (!KnownOptions.Contains(option.Key))
            {
                throw WebApiRequestException.Unsupported($"The query option '{option.Key}' is not supported by the emulator's Web API.");
            }
        }

        if (request.QueryOption("$skip") is not null) throw new WebApiRequestException(WebApiError.Of(400, WebApiError.ODataUriError, SkipMessage), SkipMessage);
        var prefer = PreferHeader.Parse(request.Header("Prefer"));
        if (request.QueryOption("fetchXml") is string fetchXml) return new FetchXmlRoute(_context).Get(setName, table, fetchXml, request, prefer);

        var properties = ODataSelect.Properties(request.QueryOption("$select"));
        var query = new QueryExpression(table) { ColumnSet = ODataSelect.ColumnsOf(properties) };
        if (request.QueryOption("$filter") is string filter) query.Criteria = ODataFilter.Parse(filter);
        foreach (var order in ODataSelect.Orders(request.QueryOption("$orderby"))) query.Orders.Add(order);
        var count = string.Equals(request.QueryOption("$count"), "true", StringComparison.OrdinalIgnoreCase);

        if (prefer.MaxPageSize > MaxPageSize) throw WebApiRequestException.BadRequest($"odata.maxpagesize cannot be larger than {MaxPageSize}.");
        var pageSize = prefer.MaxPageSize ?? MaxPageSize;
        var top = prefer.MaxPageSize is null ? Top(request.QueryOption("$top")) : null;
        if (top is not null)
        {
            query.TopCount = top;
        }
        else
        {
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1, ReturnTotalRecordCount = count };
            if (request.QueryOption("$skiptoken") is string token)
            {
                var position = PagingCookieAnnotation.Read(token) ?? throw WebApiRequestException.BadRequest("The $skiptoken is not one this service returned.");
                query.PageInfo.PageNumber = position.Page;
                query.PageInfo.PagingCookie = position.Cookie;
            }
        }

        var result = _context.Service.RetrieveMultiple(query);
        var writer = new EntityJson(_context.Organization, prefer);
        var body = new JsonObject { ["@odata.context"] = Context(setName, properties) };
        if (count) body["@odata.count"] = top is null ? result.TotalRecordCount : result.Entities.Count;
        body["value"] = new JsonArray(result.Entities.Select(e => (JsonNode)writer.Write(e, properties)).ToArray());
        if (top is null && result.MoreRecords)
        {
            var next = PagingCookieAnnotation.For(query.PageInfo.PageNumber + 1, result.PagingCookie);
            body["@odata.nextLink"] = NextLink(setName, request, next);
        }

        var response = WebApiResponse.Json(200, body);
        var applied = new List<string>();
        if (prefer.MaxPageSize is int size) applied.Add("odata.maxpagesize=" + size.ToString(CultureInfo.InvariantCulture));
        if (prefer.HasAnnotations) applied.Add("odata.include-annotations=\"" + prefer.AnnotationText + "\"");
        if (applied.Count > 0) response.With("Preference-Applied", string.Join(",", applied));
        return response;
    }

    public string Context(string setName, IReadOnlyList<string>? properties) =>
        _context.ServiceRoot + "$metadata#" + setName + (properties is null ? string.Empty : "(" + string.Join(",", properties) + ")");

    private static int? Top(string? text)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top < 1 || top > MaxPageSize)
        {
            throw WebApiRequestException.BadRequest($"$top must be a whole number from 1 to {MaxPageSize}: '{text}'.");
        }

        return top;
    }

    private string NextLink(string setName, WebApiRequest request, string skipToken)
    {
        var options = request.Query.Where(o => !string.Equals(o.Key, "$skiptoken", StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Key + "=" + Uri.EscapeDataString(o.Value))
            .Append("$skiptoken=" + Uri.EscapeDataString(skipToken));
        return _context.ServiceRoot + setName + "?" + string.Join("&", options);
    }
}
