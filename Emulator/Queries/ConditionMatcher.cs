using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Decides one condition for one stored value. SQL semantics: a null value matches only Null
/// (NotEqual, NotIn, NotLike, NotBetween do not match it). DateOnly columns compare as dates; UserLocal
/// ones as UTC instants, except the day-based operators (On, OnOrBefore, today, last-x-days, …), which
/// compare the instant's UTC date. Relative dates are taken from the organisation's clock in UTC (user
/// time zones are not modelled); weeks start on Sunday. Text compares case-insensitively; like,
/// begins-with and ends-with accept the SQL wildcards % _ [ ] ("Use wildcard characters in conditions").
/// </summary>
internal static class ConditionMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static bool Matches(object? stored, ConditionSpec condition, DateBehavior behavior, QueryContext context)
    {
        var op = condition.Operator;
        if (behavior == DateBehavior.DateOnly && SupportedOperators.InvalidOnDateOnly.Contains(op))
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.OperatorInvalidOnDateOnly, op.ToString(), condition.Column));
        }

        switch (op)
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

        switch (op)
        {
            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                if ((stored is EntityReference || stored is Guid) && condition.IdSet(IdKind) is { } ids)
                {
                    var contained = ids.Contains(stored is EntityReference reference ? reference.Id : (Guid)stored);
                    return op == ConditionOperator.In ? contained : !contained;
                }

                var found = false;
                for (var i = 0; i < condition.Values.Count && !found; i++)
                {
                    found = Compare(stored, i, condition, behavior, datesOnly: false) == 0;
                }

                return op == ConditionOperator.In ? found : !found;
            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                RequireValues(condition, 2);
                var inside = Compare(stored, 0, condition, behavior, false) >= 0 && Compare(stored, 1, condition, behavior, false) <= 0;
                return op == ConditionOperator.Between ? inside : !inside;
            case ConditionOperator.EqualUserId:
                return ValueKey.Of(stored) is Guid user && user == context.UserId;
            case ConditionOperator.NotEqualUserId:
                return ValueKey.Of(stored) is Guid other && other != context.UserId;
            case ConditionOperator.EqualBusinessId:
                return ValueKey.Of(stored) is Guid unit && unit == context.BusinessUnitId;
            case ConditionOperator.NotEqualBusinessId:
                return ValueKey.Of(stored) is Guid otherUnit && otherUnit != context.BusinessUnitId;
            case ConditionOperator.EqualUserTeams:
                return ValueKey.Of(stored) is Guid team && context.Teams.Contains(team);
            case ConditionOperator.EqualUserOrUserTeams:
                return ValueKey.Of(stored) is Guid owner && (owner == context.UserId || context.Teams.Contains(owner));
        }

        if (RelativeRange(op, condition, context) is (DateTime from, DateTime to, bool byDate))
        {
            var instant = ValueKey.Of(stored) is DateTime value
                ? value
                : throw PlatformFault.InvalidArgument($"The condition operator {op} needs a date column; '{condition.Column}' is not one.");
            var key = byDate || behavior == DateBehavior.DateOnly ? instant.Date : instant;
            return key >= from && key < to;
        }

        RequireValues(condition, 1);
        return op switch
        {
            ConditionOperator.Equal => Compare(stored, 0, condition, behavior, false) == 0,
            ConditionOperator.NotEqual => Compare(stored, 0, condition, behavior, false) is int c && c != 0,
            ConditionOperator.GreaterThan => Compare(stored, 0, condition, behavior, false) > 0,
            ConditionOperator.GreaterEqual => Compare(stored, 0, condition, behavior, false) >= 0,
            ConditionOperator.LessThan => Compare(stored, 0, condition, behavior, false) < 0,
            ConditionOperator.LessEqual => Compare(stored, 0, condition, behavior, false) <= 0,
            ConditionOperator.On => Compare(stored, 0, condition, behavior, true) == 0,
            ConditionOperator.NotOn => Compare(stored, 0, condition, behavior, true) is int d && d != 0,
            ConditionOperator.OnOrBefore => Compare(stored, 0, condition, behavior, true) <= 0,
            ConditionOperator.OnOrAfter => Compare(stored, 0, condition, behavior, true) >= 0,
            ConditionOperator.Like => Like(stored, condition, "{0}"),
            ConditionOperator.NotLike => !Like(stored, condition, "{0}"),
            ConditionOperator.BeginsWith => Like(stored, condition, "{0}%"),
            ConditionOperator.DoesNotBeginWith => !Like(stored, condition, "{0}%"),
            ConditionOperator.EndsWith => Like(stored, condition, "%{0}"),
            ConditionOperator.DoesNotEndWith => !Like(stored, condition, "%{0}"),
            _ => throw new UnsupportedQueryFeatureException($"condition operator '{op}'"),
        };
    }

    /// <summary>A column comparison (valueof / CompareColumns): both values must be present (SQL), compared as their kind.</summary>
    public static bool MatchesColumn(object? left, object? right, ConditionSpec condition, DateBehavior behavior)
    {
        if (!SupportedOperators.ColumnComparison.Contains(condition.Operator))
        {
            throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} cannot compare two columns; use eq, ne, gt, ge, lt or le.");
        }

        if (left is null || right is null)
        {
            return false;
        }

        var leftKey = ValueKey.Of(left);
        var rightKey = ValueKey.Of(right);
        if (leftKey is DateTime a && rightKey is DateTime b && behavior == DateBehavior.DateOnly)
        {
            leftKey = a.Date;
            rightKey = b.Date;
        }

        var sign = ValueOrder.Compare(leftKey, rightKey);
        return condition.Operator switch
        {
            ConditionOperator.Equal => sign == 0,
            ConditionOperator.NotEqual => sign != 0,
            ConditionOperator.GreaterThan => sign > 0,
            ConditionOperator.GreaterEqual => sign >= 0,
            ConditionOperator.LessThan => sign < 0,
            _ => sign <= 0,
        };
    }

    private static void RequireValues(ConditionSpec condition, int count)
    {
        if (condition.Values.Count != count)
        {
            throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} on '{condition.Column}' takes exactly {count} value{(count == 1 ? string.Empty : "s")}.");
        }
    }

    /// <summary>[from, to) of a relative date operator; byDate = compare the value's date.</summary>
    private static (DateTime From, DateTime To, bool ByDate)? RelativeRange(ConditionOperator op, ConditionSpec condition, QueryContext context)
    {
        var today = context.Today;
        var now = context.UtcNow;
        var week = today.AddDays(-(int)today.DayOfWeek);
        var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var year = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        switch (op)
        {
            case ConditionOperator.Today: return (today, today.AddDays(1), true);
            case ConditionOperator.Yesterday: return (today.AddDays(-1), today, true);
            case ConditionOperator.Tomorrow: return (today.AddDays(1), today.AddDays(2), true);
            case ConditionOperator.Last7Days: return (today.AddDays(-7), today.AddDays(1), true);
            case ConditionOperator.Next7Days: return (today, today.AddDays(8), true);
            case ConditionOperator.ThisWeek: return (week, week.AddDays(7), true);
            case ConditionOperator.LastWeek: return (week.AddDays(-7), week, true);
            case ConditionOperator.NextWeek: return (week.AddDays(7), week.AddDays(14), true);
            case ConditionOperator.ThisMonth: return (month, month.AddMonths(1), true);
            case ConditionOperator.LastMonth: return (month.AddMonths(-1), month, true);
            case ConditionOperator.NextMonth: return (month.AddMonths(1), month.AddMonths(2), true);
            case ConditionOperator.ThisYear: return (year, year.AddYears(1), true);
            case ConditionOperator.LastYear: return (year.AddYears(-1), year, true);
            case ConditionOperator.NextYear: return (year.AddYears(1), year.AddYears(2), true);
        }

        var x = op switch
        {
            ConditionOperator.LastXHours or ConditionOperator.NextXHours or ConditionOperator.LastXDays or ConditionOperator.NextXDays
                or ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths
                or ConditionOperator.LastXYears or ConditionOperator.NextXYears or ConditionOperator.OlderThanXMinutes
                or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks
                or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears => Count(condition),
            _ => (int?)null,
        };
        if (x is not int n)
        {
            return null;
        }

        var tomorrow = today.AddDays(1);
        return op switch
        {
            // last-x-days … : from the day X units ago through today; next-x-…: from today through the day X units ahead.
            ConditionOperator.LastXHours => (now.AddHours(-n), now.AddTicks(1), false),
            ConditionOperator.NextXHours => (now, now.AddHours(n).AddTicks(1), false),
            ConditionOperator.LastXDays => (today.AddDays(-n), tomorrow, true),
            ConditionOperator.NextXDays => (today, tomorrow.AddDays(n), true),
            ConditionOperator.LastXWeeks => (today.AddDays(-7 * n), tomorrow, true),
            ConditionOperator.NextXWeeks => (today, tomorrow.AddDays(7 * n), true),
            ConditionOperator.LastXMonths => (today.AddMonths(-n), tomorrow, true),
            ConditionOperator.NextXMonths => (today, tomorrow.AddMonths(n), true),
            ConditionOperator.LastXYears => (today.AddYears(-n), tomorrow, true),
            ConditionOperator.NextXYears => (today, tomorrow.AddYears(n), true),

            // olderthan-x-…: before now minus X (minutes, hours), or before the day X units ago.
            ConditionOperator.OlderThanXMinutes => (DateTime.MinValue, now.AddMinutes(-n), false),
            ConditionOperator.OlderThanXHours => (DateTime.MinValue, now.AddHours(-n), false),
            ConditionOperator.OlderThanXDays => (DateTime.MinValue, today.AddDays(-n), true),
            ConditionOperator.OlderThanXWeeks => (DateTime.MinValue, today.AddDays(-7 * n), true),
            ConditionOperator.OlderThanXMonths => (DateTime.MinValue, today.AddMonths(-n), true),
            _ => (DateTime.MinValue, today.AddYears(-n), true),
        };
    }

    private static int Count(ConditionSpec condition)
    {
        RequireValues(condition, 1);
        var value = condition.Values[0];
        return value switch
        {
            int number => number,
            long number => (int)number,
            decimal number => (int)number,
            string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} on '{condition.Column}' needs a whole number."),
        };
    }

    private static bool Like(object stored, ConditionSpec condition, string shape)
    {
        RequireValues(condition, 1);
        if (ValueKey.Of(stored) is not string text)
        {
            throw PlatformFault.InvalidArgument($"The condition operator {condition.Operator} needs a text column; '{condition.Column}' is not one.");
        }

        var pattern = string.Format(CultureInfo.InvariantCulture, shape, Convert.ToString(condition.Values[0], CultureInfo.InvariantCulture));
        return Patterns.GetOrAdd(pattern, ToRegex).IsMatch(text);
    }

    /// <summary>SQL LIKE → regex: % any run, _ one character, [abc] / [a-c] / [^abc] a set; everything else literal.</summary>
    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            switch (ch)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[').Append(set.StartsWith('^') ? "^" + Regex.Escape(set[1..]).Replace(@"\-", "-") : Regex.Escape(set).Replace(@"\-", "-")).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(ch.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    /// <summary>Null when the condition value is null (nothing matches it), else the sign of stored − value.</summary>
    private static int? Compare(object stored, int valueIndex, ConditionSpec condition, DateBehavior behavior, bool datesOnly)
    {
        // The common stored kinds compared without boxing their key (every row of a large scan passes here).
        switch (stored)
        {
            case OptionSetValue option:
                return CompareNumber(option.Value, valueIndex, condition, datesOnly);
            case Money money:
                return CompareNumber(money.Value, valueIndex, condition, datesOnly);
            case int number:
                return CompareNumber(number, valueIndex, condition, datesOnly);
            case decimal number:
                return CompareNumber(number, valueIndex, condition, datesOnly);
            case EntityReference reference:
                return CompareId(reference.Id, valueIndex, condition, datesOnly);
            case Guid id:
                return CompareId(id, valueIndex, condition, datesOnly);
            case DateTime instant:
                if (!condition.TryCoerce(valueIndex, InstantKind, out var when))
                {
                    throw Mismatch(condition, valueIndex, InstantKind);
                }

                if (when is not DateTime other)
                {
                    return null;
                }

                var storedInstant = AttributeValues.AsUtc(instant);
                return datesOnly || behavior == DateBehavior.DateOnly ? storedInstant.Date.CompareTo(other.Date) : storedInstant.CompareTo(other);
        }

        return CompareAny(stored, valueIndex, condition, behavior, datesOnly);
    }

    /// <summary>Samples of the key kinds (a condition value is coerced to the kind, never compared with these).</summary>
    private static readonly object NumberKind = 0m;
    private static readonly object IdKind = Guid.Empty;
    private static readonly object InstantKind = DateTime.MinValue;

    private static int? CompareNumber(decimal storedKey, int valueIndex, ConditionSpec condition, bool datesOnly)
    {
        if (!condition.TryCoerce(valueIndex, NumberKind, out var valueKey))
        {
            throw Mismatch(condition, valueIndex, NumberKind);
        }

        if (valueKey is null)
        {
            return null;
        }

        return datesOnly ? throw NeedsDate(condition) : storedKey.CompareTo((decimal)valueKey);
    }

    private static int? CompareId(Guid storedKey, int valueIndex, ConditionSpec condition, bool datesOnly)
    {
        if (!condition.TryCoerce(valueIndex, IdKind, out var valueKey))
        {
            throw Mismatch(condition, valueIndex, IdKind);
        }

        if (valueKey is null)
        {
            return null;
        }

        return datesOnly ? throw NeedsDate(condition) : ValueOrder.CompareGuids(storedKey, (Guid)valueKey);
    }

    private static Exception Mismatch(ConditionSpec condition, int valueIndex, object storedKey) =>
        PlatformFault.InvalidArgument(PlatformFault.Format(
            PlatformMessages.ConditionValueMismatch,
            condition.Column,
            Convert.ToString(condition.Values[valueIndex], CultureInfo.InvariantCulture) ?? string.Empty,
            storedKey.GetType().Name));

    private static Exception NeedsDate(ConditionSpec condition) =>
        PlatformFault.InvalidArgument($"The condition operator {condition.Operator} needs a date column; '{condition.Column}' is not one.");

    private static int? CompareAny(object stored, int valueIndex, ConditionSpec condition, DateBehavior behavior, bool datesOnly)
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
