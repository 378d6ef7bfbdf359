using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>QueryByAttribute → QuerySpec: an And of Equal conditions.</summary>
internal static class QueryByAttributeReader
{
    public static QuerySpec Read(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw PlatformFault.InvalidArgument("QueryByAttribute needs one value per attribute.");
        }

        var spec = new QuerySpec(query.EntityName);
        if (query.ColumnSet is ColumnSet columns)
        {
            spec.Root.AllColumns = columns.AllColumns;
            spec.Root.Columns.AddRange(columns.Columns.Select(c => new ColumnSpec(c)));
        }

        var filter = new FilterSpec();
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            filter.Conditions.Add(new ConditionSpec(null, query.Attributes[i], ConditionOperator.Equal, new[] { query.Values[i] }));
        }

        spec.Root.Filter = filter;
        spec.Top = query.TopCount;
        if (query.PageInfo is PagingInfo paging)
        {
            spec.PageNumber = paging.PageNumber;
            spec.PageSize = paging.Count;
            spec.ReturnTotalRecordCount = paging.ReturnTotalRecordCount;
        }

        QueryReaders.RejectTopWithPaging(spec.Top, spec.PageNumber, spec.PageSize);
        foreach (var order in query.Orders)
        {
            spec.Orders.Add(new OrderSpec(null, order.AttributeName, null, order.OrderType == OrderType.Descending));
        }

        return spec;
    }
}
