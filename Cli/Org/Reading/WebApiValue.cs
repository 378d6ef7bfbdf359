using System.Text.Json;

namespace CrmTiering.Cli.Org.Reading;

/// <summary>
/// A Web API column value as the text the CSV readers parse, so a value read from the org and the
/// same value exported to CSV give Core the same fact. Only the raw value is read: strings as they
/// are (ISO dates: an instant with <c>Z</c>, a date-only column as <c>yyyy-MM-dd</c>), numbers in
/// their JSON spelling (invariant), booleans as true/false, null as empty. Annotations — formatted
/// values among them — are never asked for and never read.
/// </summary>
public static class WebApiValue
{
    public static string Text(JsonElement row, string property)
    {
        if (!row.TryGetProperty(property, out var value)) return string.Empty;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => string.Empty,
        };
    }
}
