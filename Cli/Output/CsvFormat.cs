using System;
using System.Globalization;
using CrmTiering.Core.Explanation;

namespace CrmTiering.Cli.Output;

/// <summary>How values are written to output CSV: invariant culture, dates yyyy-MM-dd, money with 2 decimals.</summary>
public static class CsvFormat
{
    public static string Date(DateTime date) => string.Create(10, date, static (text, day) =>
    {
        // What "yyyy-MM-dd" writes, without the custom-format parser (two per output line).
        var (year, month, dayOfMonth) = (day.Year, day.Month, day.Day);
        text[0] = (char)('0' + year / 1000);
        text[1] = (char)('0' + year / 100 % 10);
        text[2] = (char)('0' + year / 10 % 10);
        text[3] = (char)('0' + year % 10);
        text[4] = '-';
        text[5] = (char)('0' + month / 10);
        text[6] = (char)('0' + month % 10);
        text[7] = '-';
        text[8] = (char)('0' + dayOfMonth / 10);
        text[9] = (char)('0' + dayOfMonth % 10);
    });

    /// <summary>A UTC instant (task due dates).</summary>
    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Money(decimal? amount) => amount is { } value ? InvariantDecimalText.TwoDecimals(value, grouped: false) : string.Empty;

    /// <summary>Scores and ratios: as many decimals as they have (already rounded by Core), no trailing zeros.</summary>
    public static string Number(decimal? value) => value is { } number ? InvariantDecimalText.UpTo(number, 12) : string.Empty;

    public static string Flag(bool value) => value ? "true" : "false";
}
