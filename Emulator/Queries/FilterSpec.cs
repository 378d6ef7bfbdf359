using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Queries;

/// <summary>And/Or of conditions, nested filters and link conditions (any / not any / all / not all, exists / in).</summary>
internal sealed class FilterSpec
{
    public bool IsOr { get; set; }

    public List<ConditionSpec> Conditions { get; } = new();

    public List<FilterSpec> Filters { get; } = new();

    /// <summary>Links evaluated as conditions on the filter's table.</summary>
    public List<LinkSpec> Links { get; } = new();

    public bool IsEmpty => Conditions.Count == 0 && Links.Count == 0 && Filters.All(f => f.IsEmpty);

    /// <summary>True when a condition names another table (so it can only be checked after the joins).</summary>
    public bool NamesOtherThan(string alias) =>
        Conditions.Any(c => (c.EntityAlias is not null && c.EntityAlias != alias) || (c.ValueOf is string other && other.Contains('.')))
        || Filters.Any(f => f.NamesOtherThan(alias));

    /// <summary>And of two filters (either may be null).</summary>
    public static FilterSpec? And(FilterSpec? existing, FilterSpec? added)
    {
        if (existing is null || added is null)
        {
            return existing ?? added;
        }

        var both = new FilterSpec();
        both.Filters.Add(existing);
        both.Filters.Add(added);
        return both;
    }
}
