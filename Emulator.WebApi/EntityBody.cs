using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// A create or update body turned into an Entity ("Create a table row using the Web API",
/// "Associate table rows on create"): columns by logical name; lookups only through
/// <c>navigation@odata.bind: "/accounts(id)"</c> (a polymorphic one as <c>customerid_account</c>);
/// <c>_x_value</c> is refused as the platform refuses it; other annotations are ignored.
/// </summary>
public sealed class EntityBody
{
    public const string LookupByValueMessage = "CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.";

    private readonly EmulatedOrganization _organization;
    private readonly EntitySetNames _sets;
    private readonly StoredColumnTypes _types;

    public EntityBody(EmulatedOrganization organization, EntitySetNames sets, StoredColumnTypes types)
    {
        _organization = organization;
        _sets = sets;
        _types = types;
    }

    public Entity Read(string tableName, string body)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body) as JsonObject
                ?? throw WebApiRequestException.BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw WebApiRequestException.BadRequest("The request body is not valid JSON: " + e.Message);
        }

        var table = _organization.Tables.Get(tableName);
        var entity = new Entity(tableName);
        foreach (var (property, node) in json)
        {
            if (property.EndsWith("@odata.bind", StringComparison.Ordinal))
            {
                entity[LookupColumnOf(property[..^"@odata.bind".Length])] = node is null ? null : Reference(node.GetValue<string>());
                continue;
            }

            if (property.Contains('@', StringComparison.Ordinal)) continue;
            if (property.StartsWith("_", StringComparison.Ordinal) && property.EndsWith("_value", StringComparison.Ordinal))
            {
                throw WebApiRequestException.BadRequest(LookupByValueMessage);
            }

            entity[property] = Value(table, property, node);
        }

        if (entity.Attributes.TryGetValue(table.PrimaryIdColumn, out var key) && key is Guid id) entity.Id = id;
        return entity;
    }

    /// <summary><c>parentaccountid</c> → parentaccountid; <c>customerid_account</c> → customerid; <c>ctier_AccountId</c> → ctier_accountid.</summary>
    private static string LookupColumnOf(string navigation)
    {
        var column = navigation.ToLowerInvariant();
        foreach (var suffix in new[] { "_account", "_contact", "_systemuser", "_team" })
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal) && column.Length > suffix.Length) return column[..^suffix.Length];
        }

        return column;
    }

    private EntityReference Reference(string bind)
    {
        var text = bind.Trim();
        var api = text.IndexOf(OrgWebApi.ApiPath, StringComparison.OrdinalIgnoreCase);
        if (api >= 0) text = text[(api + OrgWebApi.ApiPath.Length)..];
        text = text.TrimStart('/');
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 1 || !text.EndsWith(")", StringComparison.Ordinal) || !Guid.TryParse(text[(open + 1)..^1], out var id))
        {
            throw WebApiRequestException.BadRequest($"'{bind}' is not a reference like /accounts(00000000-0000-0000-0000-000000000000).");
        }

        var set = text[..open];
        var table = _sets.TableOf(set) ?? throw WebApiRequestException.BadRequest($"Resource not found for the segment '{set}'.");
        return new EntityReference(table, id);
    }

    private object? Value(TableDefinition table, string column, JsonNode? node)
    {
        if (node is null) return null;
        if (node is not JsonValue value) throw WebApiRequestException.BadRequest($"'{column}' must be a single value.");
        var type = _types.TypeOf(table, column);
        try
        {
            return value.GetValueKind() switch
            {
                JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
                JsonValueKind.Number => Number(value, type),
                JsonValueKind.String => Text(table, column, value.GetValue<string>(), type),
                _ => throw WebApiRequestException.BadRequest($"'{column}' has a value the Web API does not take."),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
        {
            throw WebApiRequestException.BadRequest($"'{column}': {e.Message}");
        }
    }

    private static object Number(JsonValue value, Type? type)
    {
        var number = value.GetValue<decimal>();
        if (type == typeof(Money)) return new Money(number);
        if (type == typeof(OptionSetValue)) return new OptionSetValue(decimal.ToInt32(number));
        if (type == typeof(int)) return decimal.ToInt32(number);
        if (type == typeof(long)) return decimal.ToInt64(number);
        if (type == typeof(double)) return (double)number;
        if (type == typeof(decimal)) return number;
        // Without a stored value to follow, a whole number is an int (Whole Number column), else a decimal.
        return number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue ? (object)decimal.ToInt32(number) : number;
    }

    private static object Text(TableDefinition table, string column, string text, Type? type)
    {
        if (type == typeof(Guid)) return Guid.Parse(text);
        if (type == typeof(DateTime) || (type is null && text.Length >= 10 && text[4] == '-' && text[7] == '-' && char.IsDigit(text[0])))
        {
            var date = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            return table.DateBehaviorOf(column) == DateBehavior.DateOnly ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        if (type is null && column == table.PrimaryIdColumn && Guid.TryParse(text, out var id)) return id;
        return text;
    }
}
