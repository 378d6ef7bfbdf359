using System;
using System.Globalization;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// Dates in CSV input (R2): a value without an offset is a calendar date (with or without a time)
/// in the policy time zone; one with <c>Z</c> or an offset is an instant, converted to that zone.
/// Only ISO 8601 shapes are accepted, so that 03/04 never means two different days.
/// </summary>
public static class CsvDates
{
    private static readonly string[] LocalShapes =
    {
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    };

    private static readonly string[] InstantShapes =
    {
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    };

    /// <summary>The calendar date in <paramref name="zone"/> (time of day dropped, Kind unspecified).</summary>
    public static bool TryParse(string text, PolicyTimeZone zone, out DateTime date)
    {
        // The common shape, read without the format parser (a bulk review reads millions of dates).
        if (text.Length == 10 && TryCalendarDate(text, out date)) return true;
        if (DateTime.TryParseExact(text, LocalShapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            date = DateTime.SpecifyKind(local.Date, DateTimeKind.Unspecified);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, InstantShapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            date = zone.DateOf(instant);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary><c>yyyy-MM-dd</c> read by the byte readers' rule (<see cref="Utf8Values.Date"/>); false leaves the decision to the parser.</summary>
    private static bool TryCalendarDate(string text, out DateTime date)
    {
        date = default;
        Span<byte> bytes = stackalloc byte[10];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (text[i] >= 0x80) return false;
            bytes[i] = (byte)text[i];
        }
        if (!Utf8Values.Date(bytes, PolicyTimeZone.Utc, out var read) || read is not { } day) return false;
        date = day;
        return true;
    }

    /// <summary>A date given on the command line (<c>yyyy-MM-dd</c> only).</summary>
    public static bool TryParseOption(string text, out DateTime date) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
