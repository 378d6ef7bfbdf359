using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Queries;

/// <summary>And/Or of conditions and nested filters.</summary>
internal sealed class FilterSpec
{
    public bool IsOr { get; set; }

    public List<ConditionSpec> Conditions { get; } = new();

    public List<FilterSpec> Filters { get; } = new();

    public bool IsEmpty => Conditions.Count == 0 && Filters.All(f => f.IsEmpty);

    /// <summary>True when a condition names another table (so it can only be checked after the joins).</summary>
    public bool NamesOtherThan(string alias) =>
        Conditions.Any(c => c.EntityAlias is not null && c.EntityAlias != alias) || Filters.Any(f => f.NamesOtherThan(alias));
}
