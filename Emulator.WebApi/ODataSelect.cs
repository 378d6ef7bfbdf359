using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary><c>$select</c> and <c>$orderby</c> ("Select columns", "Order rows" in "Query data using the Web API").</summary>
public static class ODataSelect
{
    /// <summary>The properties as the client named them, or null for all columns.</summary>
    public static IReadOnlyList<string>? Properties(string? select) =>
        string.IsNullOrWhiteSpace(select) ? null : select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static ColumnSet ColumnsOf(IReadOnlyList<string>? properties) =>
        properties is null ? new ColumnSet(true) : new ColumnSet(properties.Select(ODataFilter.ColumnOf).Distinct(StringComparer.Ordinal).ToArray());

    public static IEnumerable<OrderExpression> Orders(string? orderBy)
    {
        foreach (var part in (orderBy ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var direction = words.Length switch
            {
                1 => OrderType.Ascending,
                2 when words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) => OrderType.Ascending,
                2 when words[1].Equals("desc", StringComparison.OrdinalIgnoreCase) => OrderType.Descending,
                _ => throw WebApiRequestException.BadRequest($"Invalid $orderby: '{part}' (a property, then optionally asc or desc)."),
            };
            yield return new OrderExpression(ODataFilter.ColumnOf(words[0]), direction);
        }
    }
}
