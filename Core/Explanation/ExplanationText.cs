using System;
using System.Globalization;

namespace CrmTiering.Core.Explanation;

/// <summary>How numbers and dates appear in explanations and task descriptions: invariant, never the reader's culture.</summary>
public static class ExplanationText
{
    /// <summary>The <c>ctier_tierreason</c> column's size.</summary>
    public const int MaxLength = 4000;

    /// <summary>123456.5 → "123,456.50", with the currency code when one is given.</summary>
    public static string Money(decimal amount, string? currencyCode = null) =>
        InvariantDecimalText.TwoDecimals(amount, grouped: true)
        + (string.IsNullOrWhiteSpace(currencyCode) ? string.Empty : " " + currencyCode!.Trim());

    /// <summary>0.1 → "10%".</summary>
    public static string Percent(decimal fraction) => InvariantDecimalText.UpTo(fraction * 100m, 2) + "%";

    /// <summary>A score with 2 decimals: 7.5 → "7.50".</summary>
    public static string Score(decimal score) => InvariantDecimalText.TwoDecimals(score, grouped: false);

    public static string Number(decimal value) => InvariantDecimalText.UpTo(value, 2);

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="limit"/> characters, ending with "…" when cut.</summary>
    public static string Limit(string text, int limit = MaxLength) =>
        text.Length <= limit ? text : text.Substring(0, limit - 1) + "…";
}
