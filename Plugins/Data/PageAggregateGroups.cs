using System;
using System.Collections.Generic;

namespace CrmTiering.Plugins.Data;

/// <summary>What <see cref="PageAggregates.Split"/> proved: groups of accounts safe to aggregate together, and the accounts too large for the transaction.</summary>
public sealed class PageAggregateGroups
{
    public PageAggregateGroups(IReadOnlyList<IReadOnlyCollection<Guid>> groups, IReadOnlyCollection<Guid> tooLarge)
    {
        Groups = groups;
        TooLarge = tooLarge;
    }

    public IReadOnlyList<IReadOnlyCollection<Guid>> Groups { get; }

    public IReadOnlyCollection<Guid> TooLarge { get; }
}
