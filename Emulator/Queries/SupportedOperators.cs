using System.Collections.Frozen;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>The condition operators the emulator evaluates, with their FetchXML spelling.</summary>
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
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["on"] = ConditionOperator.On,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
    }.ToFrozenDictionary();

    private static readonly FrozenSet<ConditionOperator> Evaluated = new HashSet<ConditionOperator>(ByFetchName.Values).ToFrozenSet();

    public static ConditionOperator Check(ConditionOperator op) =>
        Evaluated.Contains(op) ? op : throw new UnsupportedQueryFeatureException($"condition operator '{op}'");

    public static ConditionOperator FromFetch(string name) =>
        ByFetchName.TryGetValue(name, out var op) ? op : throw new UnsupportedQueryFeatureException($"FetchXML operator '{name}'");
}
