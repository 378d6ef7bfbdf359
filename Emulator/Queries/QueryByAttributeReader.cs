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
        QueryReaders.ReadColumns(spec.Root, query.ColumnSet);

        var filter = new FilterSpec();
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            filter.Conditions.Add(new ConditionSpec(null, query.Attributes[i], ConditionOperator.Equal, new[] { query.Values[i] }));
        }

        spec.Root.Filter = filter;
        QueryReaders.ReadPaging(spec, query.TopCount, query.PageInfo);
        foreach (var order in query.Orders)
        {
            spec.Orders.Add(new OrderSpec(null, order.AttributeName, null, order.OrderType == OrderType.Descending));
        }

        return spec;
    }
}
