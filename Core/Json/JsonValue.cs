using System;
using System.Collections.Generic;

namespace CrmTiering.Core.Json;

/// <summary>
/// A parsed JSON value. Numbers are kept as <see cref="decimal"/> so money, margins and weights
/// never pass through floating point (R3).
/// </summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonValue> NoItems = Array.Empty<JsonValue>();
    private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoMembers = Array.Empty<KeyValuePair<string, JsonValue>>();

    private JsonValue(JsonKind kind)
    {
        Kind = kind;
        Items = NoItems;
        Members = NoMembers;
        Text = string.Empty;
    }

    public JsonKind Kind { get; }

    public bool Boolean { get; private set; }

    public decimal Number { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<JsonValue> Items { get; private set; }

    /// <summary>Object members in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members { get; private set; }

    public static JsonValue Null { get; } = new JsonValue(JsonKind.Null);

    public static JsonValue FromBoolean(bool value) => new JsonValue(JsonKind.Boolean) { Boolean = value };

    public static JsonValue FromNumber(decimal value) => new JsonValue(JsonKind.Number) { Number = value };

    public static JsonValue FromString(string value) => new JsonValue(JsonKind.String) { Text = value };

    public static JsonValue FromItems(IReadOnlyList<JsonValue> items) => new JsonValue(JsonKind.Array) { Items = items };

    public static JsonValue FromMembers(IReadOnlyList<KeyValuePair<string, JsonValue>> members) =>
        new JsonValue(JsonKind.Object) { Members = members };

    /// <summary>The member named <paramref name="name"/> (exact, case-sensitive), or null when absent.</summary>
    public JsonValue? Member(string name)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Key, name, StringComparison.Ordinal))
            {
                return member.Value;
            }
        }

        return null;
    }
}
