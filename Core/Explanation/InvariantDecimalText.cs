using System;
using System.Globalization;

namespace CrmTiering.Core.Explanation;

/// <summary>
/// The invariant texts of <c>"#,##0.00"</c>, <c>"0.00"</c> and <c>"0.##…"</c> written without the
/// custom-format parser, which is most of the cost of a bulk review's explanations and output
/// lines. Same rounding (half away from zero), same digits, "0" for a value that rounds to zero;
/// amounts beyond what a long holds in cents go to the framework.
/// </summary>
public static class InvariantDecimalText
{
    private const decimal FastLimit = 1_000_000_000_000_000m;

    /// <summary>Exactly <c>amount.ToString(grouped ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture)</c>.</summary>
    public static string TwoDecimals(decimal amount, bool grouped)
    {
        var rounded = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (rounded >= FastLimit || rounded <= -FastLimit)
        {
            return amount.ToString(grouped ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);
        }

        var cents = (long)(rounded * 100m);
        var negative = cents < 0;
        var rest = negative ? -cents : cents;
        var text = new char[32];
        var at = text.Length;
        text[--at] = (char)('0' + rest % 10);
        rest /= 10;
        text[--at] = (char)('0' + rest % 10);
        rest /= 10;
        text[--at] = '.';
        var digits = 0;
        do
        {
            if (grouped && digits > 0 && digits % 3 == 0) text[--at] = ',';
            text[--at] = (char)('0' + rest % 10);
            rest /= 10;
            digits++;
        }
        while (rest > 0);
        if (negative) text[--at] = '-';
        return new string(text, at, text.Length - at);
    }

    /// <summary>Exactly <c>value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture)</c>.</summary>
    public static string UpTo(decimal value, int decimals)
    {
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m) return "0";
        var text = rounded.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') < 0) return text;
        var end = text.Length;
        while (text[end - 1] == '0') end--;
        if (text[end - 1] == '.') end--;
        return end == text.Length ? text : text.Substring(0, end);
    }
}
