using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// A row in the Web API's JSON shape ("Query data using the Web API", "Formatted values", "Lookup
/// property data"): <c>@odata.etag</c> <c>W/"version"</c>; the primary key always; a lookup x as
/// <c>_x_value</c> (a GUID); choices as their number; money and decimals as JSON numbers; date-only
/// columns as <c>yyyy-MM-dd</c>, other date-times as UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>; a linked table's
/// column <c>alias.column</c> as <c>alias_x002e_column</c>. Formatted values, lookup logical names and
/// navigation properties appear only when <c>Prefer: odata.include-annotations</c> asks for them.
/// Selected columns without a value are <c>null</c> (the Web API returns them; the SDK omits them).
/// </summary>
public sealed class EntityJson
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-US");

    private readonly EmulatedOrganization _organization;
    private readonly PreferHeader _prefer;

    public EntityJson(EmulatedOrganization organization, PreferHeader prefer)
    {
        _organization = organization;
        _prefer = prefer;
    }

    /// <summary>The property a column is returned as: <c>_x_value</c> for a lookup, the logical name otherwise.</summary>
    public static string PropertyOf(string column, object? value) => value is EntityReference ? "_" + column + "_value" : column.Replace(".", "_x002e_", StringComparison.Ordinal);

    /// <param name="selected">The properties the client selected as it named them (<c>name</c>, <c>_parentaccountid_value</c>), or null for all.</param>
    public JsonObject Write(Entity entity, IReadOnlyCollection<string>? selected)
    {
        var table = _organization.Tables.Get(entity.LogicalName);
        var json = new JsonObject();
        if (!string.IsNullOrEmpty(entity.RowVersion)) json["@odata.etag"] = "W/\"" + entity.RowVersion + "\"";
        foreach (var attribute in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            WriteColumn(json, table, entity, attribute.Key, attribute.Value);
        }

        foreach (var property in selected ?? Array.Empty<string>())
        {
            if (!entity.Contains(ODataFilter.ColumnOf(property)) && !json.ContainsKey(property)) json[property] = null;
        }

        if (entity.Id != Guid.Empty && !json.ContainsKey(table.PrimaryIdColumn)) json[table.PrimaryIdColumn] = entity.Id.ToString("D");
        return json;
    }

    private void WriteColumn(JsonObject json, TableDefinition table, Entity entity, string column, object? value)
    {
        if (value is AliasedValue aliased)
        {
            var linked = _organization.Tables.Get(aliased.EntityLogicalName ?? table.LogicalName);
            WriteColumn(json, linked, entity, column, aliased.Value);
            return;
        }

        var property = PropertyOf(column, value);
        json[property] = ValueOf(table, column, value);
        if (value is EntityReference reference)
        {
            if (_prefer.Wants(PreferHeader.LookupLogicalName)) json[property + "@" + PreferHeader.LookupLogicalName] = reference.LogicalName;
            if (_prefer.Wants(PreferHeader.AssociatedNavigationProperty)) json[property + "@" + PreferHeader.AssociatedNavigationProperty] = column;
        }

        if (_prefer.Wants(PreferHeader.FormattedValue) && FormattedValueOf(table, entity, column, value) is string formatted)
        {
            json[property + "@" + PreferHeader.FormattedValue] = formatted;
        }
    }

    private static JsonNode? ValueOf(TableDefinition table, string column, object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))),
        Money money => money.Value,
        DateTime instant => Date(table, column, instant),
        Guid id => id.ToString("D"),
        string text => text,
        bool flag => flag,
        int number => number,
        long number => number,
        decimal number => number,
        double number => number,
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => value.ToString(),
    };

    private static string Date(TableDefinition table, string column, DateTime instant) =>
        table.DateBehaviorOf(column) == DateBehavior.DateOnly
            ? instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Utc(instant).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime Utc(DateTime instant) => instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : DateTime.SpecifyKind(instant, DateTimeKind.Utc);

    private string? FormattedValueOf(TableDefinition table, Entity entity, string column, object? value) => value switch
    {
        EntityReference reference => reference.Name,
        OptionSetValue option => table.ChoiceLabel(column, option.Value),
        Money money => CurrencyCode(entity, column) + " " + money.Value.ToString("N2", Display),
        DateTime instant => table.DateBehaviorOf(column) == DateBehavior.DateOnly
            ? instant.ToString("M/d/yyyy", Display)
            : Utc(instant).ToString("M/d/yyyy h:mm tt", Display),
        bool flag => flag ? "Yes" : "No",
        int number => number.ToString("N0", Display),
        long number => number.ToString("N0", Display),
        decimal number => number.ToString("N2", Display),
        double number => number.ToString("N2", Display),
        _ => null,
    };

    /// <summary>The row's currency (ISO code) for a money column; the base currency for an <c>x_base</c> column.</summary>
    private string CurrencyCode(Entity entity, string column)
    {
        if (!column.EndsWith("_base", StringComparison.Ordinal)
            && entity.GetAttributeValue<EntityReference>("transactioncurrencyid") is { } currency
            && _organization.Peek(StandardTables.TransactionCurrency, currency.Id)?.GetAttributeValue<string>("isocurrencycode") is string code)
        {
            return code;
        }

        return _organization.Options.BaseCurrencyCode;
    }
}
