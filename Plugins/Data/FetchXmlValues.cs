using System;
using System.Globalization;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Condition values as FetchXML expects them: invariant, absolute. DateOnly columns compare as
/// dates (<c>yyyy-MM-dd</c>); date-and-time columns take UTC instants with a <c>Z</c> (R2: absolute
/// bounds, never relative or fiscal operators).
/// </summary>
public static class FetchXmlValues
{
    public static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static string Date(DateTime calendarDate) => calendarDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes text for an XML attribute value.</summary>
    public static string Text(string value) => System.Security.SecurityElement.Escape(value) ?? string.Empty;
}
