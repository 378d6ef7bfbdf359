using System.Collections.Frozen;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// The condition operators the emulator evaluates, with their FetchXML spelling ("condition operator
/// values", learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators).
/// Hierarchy, fiscal-period, contain-values and eq-userlanguage operators are not evaluated.
/// </summary>
internal static class SupportedOperators
{
    private static readonly FrozenDictionary<string, ConditionOperator> ByFetchName = new Dictionary<string, ConditionOperator>
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["neq"] = ConditionOperator.NotEqual,
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["in"] = ConditionOperator.In,
        ["not-in"] = ConditionOperator.NotIn,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like,
        ["not-like"] = ConditionOperator.NotLike,
        ["begins-with"] = ConditionOperator.BeginsWith,
        ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith,
        ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["between"] = ConditionOperator.Between,
        ["not-between"] = ConditionOperator.NotBetween,
        ["on"] = ConditionOperator.On,
        ["not-on"] = ConditionOperator.NotOn,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["today"] = ConditionOperator.Today,
        ["yesterday"] = ConditionOperator.Yesterday,
        ["tomorrow"] = ConditionOperator.Tomorrow,
        ["last-seven-days"] = ConditionOperator.Last7Days,
        ["next-seven-days"] = ConditionOperator.Next7Days,
        ["last-week"] = ConditionOperator.LastWeek,
        ["this-week"] = ConditionOperator.ThisWeek,
        ["next-week"] = ConditionOperator.NextWeek,
        ["last-month"] = ConditionOperator.LastMonth,
        ["this-month"] = ConditionOperator.ThisMonth,
        ["next-month"] = ConditionOperator.NextMonth,
        ["last-year"] = ConditionOperator.LastYear,
        ["this-year"] = ConditionOperator.ThisYear,
        ["next-year"] = ConditionOperator.NextYear,
        ["last-x-hours"] = ConditionOperator.LastXHours,
        ["next-x-hours"] = ConditionOperator.NextXHours,
        ["last-x-days"] = ConditionOperator.LastXDays,
        ["next-x-days"] = ConditionOperator.NextXDays,
        ["last-x-weeks"] = ConditionOperator.LastXWeeks,
        ["next-x-weeks"] = ConditionOperator.NextXWeeks,
        ["last-x-months"] = ConditionOperator.LastXMonths,
        ["next-x-months"] = ConditionOperator.NextXMonths,
        ["last-x-years"] = ConditionOperator.LastXYears,
        ["next-x-years"] = ConditionOperator.NextXYears,
        ["olderthan-x-minutes"] = ConditionOperator.OlderThanXMinutes,
        ["olderthan-x-hours"] = ConditionOperator.OlderThanXHours,
        ["olderthan-x-days"] = ConditionOperator.OlderThanXDays,
        ["olderthan-x-weeks"] = ConditionOperator.OlderThanXWeeks,
        ["olderthan-x-months"] = ConditionOperator.OlderThanXMonths,
        ["olderthan-x-years"] = ConditionOperator.OlderThanXYears,
        ["eq-userid"] = ConditionOperator.EqualUserId,
        ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["eq-businessid"] = ConditionOperator.EqualBusinessId,
        ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
        ["eq-userteams"] = ConditionOperator.EqualUserTeams,
        ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
    }.ToFrozenDictionary();

    private static readonly FrozenSet<ConditionOperator> Evaluated = new HashSet<ConditionOperator>(ByFetchName.Values).ToFrozenSet();

    /// <summary>Operators the docs forbid on DateOnly columns: the ones working in hours and minutes.</summary>
    public static readonly FrozenSet<ConditionOperator> InvalidOnDateOnly = new HashSet<ConditionOperator>
    {
        ConditionOperator.LastXHours, ConditionOperator.NextXHours, ConditionOperator.OlderThanXHours, ConditionOperator.OlderThanXMinutes,
    }.ToFrozenSet();

    /// <summary>Operators a column comparison may use ("Filter rows": filter on column values in the same row).</summary>
    public static readonly FrozenSet<ConditionOperator> ColumnComparison = new HashSet<ConditionOperator>
    {
        ConditionOperator.Equal, ConditionOperator.NotEqual, ConditionOperator.GreaterThan, ConditionOperator.GreaterEqual,
        ConditionOperator.LessThan, ConditionOperator.LessEqual,
    }.ToFrozenSet();

    public static ConditionOperator Check(ConditionOperator op) =>
        Evaluated.Contains(op) ? op : throw new UnsupportedQueryFeatureException($"condition operator '{op}'");

    public static ConditionOperator FromFetch(string name) =>
        ByFetchName.TryGetValue(name, out var op) ? op : throw new UnsupportedQueryFeatureException($"FetchXML operator '{name}'");
}
