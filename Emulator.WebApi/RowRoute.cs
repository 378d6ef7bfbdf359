using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// One row: <c>GET {set}(id)</c>, <c>POST {set}</c>, <c>PATCH {set}(id)</c>, <c>DELETE {set}(id)</c>
/// ("Retrieve a table row", "Create a table row", "Update and delete table rows using the Web API",
/// "Perform conditional operations using the Web API"). Create answers 204 with <c>OData-EntityId</c>,
/// or 201 with the row under <c>Prefer: return=representation</c>. PATCH without <c>If-Match</c> is an
/// upsert (creates the row when it is missing); <c>If-Match: *</c> only updates (404 when missing);
/// <c>If-Match: W/"v"</c> updates only that version (412 otherwise); <c>If-None-Match: *</c> only creates.
/// </summary>
public sealed class RowRoute
{
    public const string ExistsMessage = "A record with matching key values already exists.";

    private readonly WebApiContext _context;

    public RowRoute(WebApiContext context)
    {
        _context = context;
    }

    public WebApiResponse Get(string setName, Guid id, WebApiRequest request)
    {
        var table = _context.TableOf(setName);
        var properties = ODataSelect.Properties(request.QueryOption("$select"));
        var row = _context.Service.Retrieve(table, id, ODataSelect.ColumnsOf(properties));
        return Representation(200, setName, row, properties, PreferHeader.Parse(request.Header("Prefer")));
    }

    public WebApiResponse Create(string setName, WebApiRequest request)
    {
        var table = _context.TableOf(setName);
        var entity = _context.Bodies.Read(table, request.Body);
        var id = _context.Service.Create(entity);
        return Written(201, setName, table, id, request);
    }

    public WebApiResponse Update(string setName, Guid id, WebApiRequest request)
    {
        var table = _context.TableOf(setName);
        var entity = _context.Bodies.Read(table, request.Body);
        entity.Id = id;
        entity[_context.Organization.Tables.Get(table).PrimaryIdColumn] = id;
        var ifMatch = request.Header("If-Match");
        var ifNoneMatch = request.Header("If-None-Match");
        var exists = _context.Organization.Peek(table, id) is not null;
        if (ifNoneMatch == "*")
        {
            if (exists) return WebApiError.Of(412, Faults.PlatformErrorCodes.DuplicateRecord, ExistsMessage);
            _context.Service.Create(entity);
            return Written(201, setName, table, id, request);
        }

        if (ifMatch is null && !exists)
        {
            _context.Service.Create(entity);
            return Written(201, setName, table, id, request);
        }

        var update = new UpdateRequest { Target = entity };
        if (ifMatch is not null && ifMatch != "*")
        {
            update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            entity.RowVersion = VersionOf(ifMatch);
        }

        _context.Service.Execute(update);
        return Written(200, setName, table, id, request);
    }

    public WebApiResponse Delete(string setName, Guid id, WebApiRequest request)
    {
        var table = _context.TableOf(setName);
        var delete = new DeleteRequest { Target = new EntityReference(table, id) };
        if (request.Header("If-Match") is string ifMatch && ifMatch != "*")
        {
            delete.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            delete.Target.RowVersion = VersionOf(ifMatch);
        }

        _context.Service.Execute(delete);
        return WebApiResponse.NoContent();
    }

    /// <summary>The row version inside an ETag: <c>W/"12345"</c> → 12345.</summary>
    public static string VersionOf(string etag)
    {
        var text = etag.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        text = text.Trim('"');
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? text
            : throw WebApiRequestException.BadRequest($"If-Match '{etag}' is not an ETag this service returned (W/\"version\").");
    }

    /// <summary>204 with OData-EntityId, or the row itself under return=representation (201 created, 200 updated).</summary>
    private WebApiResponse Written(int representationStatus, string setName, string table, Guid id, WebApiRequest request)
    {
        var prefer = PreferHeader.Parse(request.Header("Prefer"));
        var url = _context.EntityUrl(table, id);
        if (!prefer.ReturnRepresentation) return WebApiResponse.NoContent().With("OData-EntityId", url).With("Location", url);
        var properties = ODataSelect.Properties(request.QueryOption("$select"));
        var row = _context.Service.Retrieve(table, id, ODataSelect.ColumnsOf(properties));
        return Representation(representationStatus, setName, row, properties, prefer)
            .With("OData-EntityId", url)
            .With("Preference-Applied", "return=representation");
    }

    private WebApiResponse Representation(int status, string setName, Entity row, IReadOnlyList<string>? properties, PreferHeader prefer)
    {
        var json = new EntityJson(_context.Organization, prefer).Write(row, properties);
        var body = new JsonObject
        {
            ["@odata.context"] = _context.ServiceRoot + "$metadata#" + setName + (properties is null ? string.Empty : "(" + string.Join(",", properties) + ")") + "/$entity",
        };
        foreach (var (key, value) in json) body[key] = value?.DeepClone();
        var response = WebApiResponse.Json(status, body);
        if (!string.IsNullOrEmpty(row.RowVersion)) response.With("ETag", "W/\"" + row.RowVersion + "\"");
        return response;
    }
}
