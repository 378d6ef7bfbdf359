using System;
using System.Globalization;

namespace CrmTiering.Cli.Output;

/// <summary>How values are written to output CSV: invariant culture, dates yyyy-MM-dd, money with 2 decimals.</summary>
public static class CsvFormat
{
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant (task due dates).</summary>
    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Scores and ratios: as many decimals as they have (already rounded by Core), no trailing zeros.</summary>
    public static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Flag(bool value) => value ? "true" : "false";
}
