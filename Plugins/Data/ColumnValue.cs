using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Compares a value a caller sends with the stored one, as a form resending an unchanged field
/// would: an absent image column is null, empty text is null, money and choices compare by value,
/// date and time compare as UTC instants.
/// </summary>
public static class ColumnValue
{
    public static bool Same(object? sent, object? stored)
    {
        var a = Normalise(sent);
        var b = Normalise(stored);
        return a is null ? b is null : a.Equals(b);
    }

    private static object? Normalise(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        EntityReference reference => reference.Id,
        DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc),
        _ => value,
    };
}
