using System.Globalization;

namespace CrmTiering.Cli.Input;

/// <summary>Numbers in CSV input: invariant culture (point as decimal separator, no grouping).</summary>
public static class CsvNumbers
{
    private const NumberStyles AmountStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Money and revenue (R3: decimal). Empty text is "no value" and parses.</summary>
    public static bool TryAmount(string text, out decimal? amount)
    {
        amount = null;
        if (text.Length == 0) return true;
        if (!decimal.TryParse(text, AmountStyle, CultureInfo.InvariantCulture, out var value)) return false;
        amount = value;
        return true;
    }

    /// <summary>Close probability: a whole number from 0 to 100 ("50.0" accepted). Empty text is "no value" and parses.</summary>
    public static bool TryProbability(string text, out int? probability)
    {
        probability = null;
        if (!TryAmount(text, out var value)) return false;
        if (value is null) return true;
        if (value < 0m || value > 100m || value != decimal.Truncate(value.Value)) return false;
        probability = (int)value.Value;
        return true;
    }

    /// <summary>A whole number (value factors, effort, option values). Empty text is "no value" and parses.</summary>
    public static bool TryWhole(string text, out int? number)
    {
        number = null;
        if (text.Length == 0) return true;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return false;
        number = value;
        return true;
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
