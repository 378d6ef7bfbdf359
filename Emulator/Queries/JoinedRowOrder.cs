using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Store;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Sorts joined rows by the query's orders, then by the ids of the rows joined, so that pages are
/// stable between calls (the platform also needs a unique order to page reliably).
/// </summary>
internal sealed class JoinedRowOrder : IComparer<StoredRow?[]>
{
    private readonly IReadOnlyList<OrderSpec> orders;
    private readonly Func<string?, int> slotOf;

    public JoinedRowOrder(IReadOnlyList<OrderSpec> orders, Func<string?, int> slotOf)
    {
        this.orders = orders;
        this.slotOf = slotOf;
    }

    public int Compare(StoredRow?[]? x, StoredRow?[]? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        foreach (var order in orders)
        {
            if (order.Column is null)
            {
                throw new UnsupportedQueryFeatureException("ordering a non-aggregate query by an alias");
            }

            var slot = slotOf(order.EntityAlias);
            var result = ValueOrder.CompareValues(x[slot]?[order.Column], y[slot]?[order.Column]);
            if (result != 0)
            {
                return order.Descending ? -result : result;
            }
        }

        for (var slot = 0; slot < x.Length; slot++)
        {
            var result = (x[slot]?.Id ?? Guid.Empty).CompareTo(y[slot]?.Id ?? Guid.Empty);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
