using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>What <see cref="PageAggregates.Run"/> found: the aggregate rows of every safe group, and the accounts too large to aggregate inside the transaction.</summary>
public sealed class PageAggregateRows
{
    public PageAggregateRows(IReadOnlyList<Entity> rows, IReadOnlyCollection<Guid> tooLarge)
    {
        Rows = rows;
        TooLarge = tooLarge;
    }

    public IReadOnlyList<Entity> Rows { get; }

    public IReadOnlyCollection<Guid> TooLarge { get; }
}
