using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// Reduces an attribute value to what the platform compares: a lookup to its id, a choice to its
/// number, money and every number to decimal, text compared case-insensitively (Dataverse's
/// default collation), date-times as UTC instants.
/// </summary>
internal static class ValueKey
{
    public static object? Of(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        AliasedValue aliased => Of(aliased.Value),
        int number => (decimal)number,
        long number => (decimal)number,
        short number => (decimal)number,
        decimal number => number,
        double number => (decimal)number,
        float number => (decimal)number,
        Enum choice => Convert.ToDecimal(choice, CultureInfo.InvariantCulture),
        DateTime instant => AttributeValues.AsUtc(instant),
        Guid id => id,
        bool flag => flag,
        string text => text,
        _ => value,
    };

    /// <summary>The key used in an index: like <see cref="Of"/> but text folded to lower case.</summary>
    public static object? IndexKeyOf(object? value) => Of(value) is string text ? text.ToLowerInvariant() : Of(value);

    /// <summary>
    /// Brings a condition value (often text, from FetchXML) to the kind of a stored key. Returns
    /// false when the text cannot be read as that kind.
    /// </summary>
    public static bool TryCoerce(object? conditionValue, object storedKey, out object? coerced)
    {
        coerced = Of(conditionValue);
        if (coerced is null || coerced.GetType() == storedKey.GetType())
        {
            return true;
        }

        if (storedKey is string)
        {
            coerced = Convert.ToString(coerced, CultureInfo.InvariantCulture);
            return true;
        }

        if (coerced is not string text)
        {
            return false;
        }

        switch (storedKey)
        {
            case Guid:
                if (Guid.TryParse(text.Trim('{', '}'), out var id))
                {
                    coerced = id;
                    return true;
                }

                return false;
            case decimal:
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    coerced = number;
                    return true;
                }

                return false;
            case bool:
                if (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    coerced = true;
                    return true;
                }

                if (text == "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    coerced = false;
                    return true;
                }

                return false;
            case DateTime:
                if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
                {
                    coerced = DateTime.SpecifyKind(instant, DateTimeKind.Utc);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }
}
