using System;
using System.Globalization;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Decides one condition for one stored value. SQL semantics: a null value matches only Null
/// (NotEqual does not match it). DateOnly columns compare as dates; UserLocal ones as UTC instants,
/// except On / OnOrBefore / OnOrAfter, which compare the instant's UTC date.
/// </summary>
internal static class ConditionMatcher
{
    public static bool Matches(object? stored, ConditionSpec condition, DateBehavior behavior)
    {
        switch (condition.Operator)
        {
            case ConditionOperator.Null:
                return stored is null;
            case ConditionOperator.NotNull:
                return stored is not null;
        }

        if (stored is null)
        {
            return false;
        }

        if (condition.Operator == ConditionOperator.In)
        {
            for (var i = 0; i < condition.Values.Count; i++)
            {
                if (Compare(stored, i, condition, behavior, datesOnly: false) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        if (condition.Values.Count != 1)
        {
            throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} on '{condition.Column}' takes exactly one value.");
        }

        return condition.Operator switch
        {
            ConditionOperator.Equal => Compare(stored, 0, condition, behavior, false) == 0,
            ConditionOperator.NotEqual => Compare(stored, 0, condition, behavior, false) is int c && c != 0,
            ConditionOperator.GreaterThan => Compare(stored, 0, condition, behavior, false) > 0,
            ConditionOperator.GreaterEqual => Compare(stored, 0, condition, behavior, false) >= 0,
            ConditionOperator.LessThan => Compare(stored, 0, condition, behavior, false) < 0,
            ConditionOperator.LessEqual => Compare(stored, 0, condition, behavior, false) <= 0,
            ConditionOperator.On => Compare(stored, 0, condition, behavior, true) == 0,
            ConditionOperator.OnOrBefore => Compare(stored, 0, condition, behavior, true) <= 0,
            ConditionOperator.OnOrAfter => Compare(stored, 0, condition, behavior, true) >= 0,
            _ => throw new UnsupportedQueryFeatureException($"condition operator '{condition.Operator}'"),
        };
    }

    /// <summary>Null when the condition value is null (nothing matches it), else the sign of stored − value.</summary>
    private static int? Compare(object stored, int valueIndex, ConditionSpec condition, DateBehavior behavior, bool datesOnly)
    {
        var storedKey = ValueKey.Of(stored)!;
        if (!condition.TryCoerce(valueIndex, storedKey, out var valueKey))
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(
                PlatformMessages.ConditionValueMismatch,
                condition.Column,
                Convert.ToString(condition.Values[valueIndex], CultureInfo.InvariantCulture) ?? string.Empty,
                storedKey.GetType().Name));
        }

        if (valueKey is null)
        {
            return null;
        }

        if (storedKey is DateTime storedInstant && valueKey is DateTime instant)
        {
            return datesOnly || behavior == DateBehavior.DateOnly
                ? storedInstant.Date.CompareTo(instant.Date)
                : storedInstant.CompareTo(instant);
        }

        if (datesOnly)
        {
            throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} needs a date column; '{condition.Column}' is not one.");
        }

        return ValueOrder.Compare(storedKey, valueKey);
    }
}
