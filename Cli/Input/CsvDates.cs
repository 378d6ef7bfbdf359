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

    /// <summary><c>yyyy-MM-dd</c> exactly as the first local shape reads it; false leaves the decision to the parser.</summary>
    private static bool TryCalendarDate(string text, out DateTime date)
    {
        date = default;
        if (text[4] != '-' || text[7] != '-') return false;
        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i == 4 || i == 7) continue;
            var digit = text[i] - '0';
            if (digit < 0 || digit > 9) return false;
            if (i < 4) year = (year * 10) + digit;
            else if (i < 7) month = (month * 10) + digit;
            else day = (day * 10) + digit;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateTime(year, month, day);
        return true;
    }

    /// <summary>A date given on the command line (<c>yyyy-MM-dd</c> only).</summary>
    public static bool TryParseOption(string text, out DateTime date) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
