using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>QueryExpression → QuerySpec.</summary>
internal static class QueryExpressionReader
{
    public static QuerySpec Read(QueryExpression query)
    {
        var spec = new QuerySpec(query.EntityName);
        QueryReaders.ReadColumns(spec.Root, query.ColumnSet);
        spec.Root.Filter = ReadFilter(query.Criteria);
        spec.Distinct = query.Distinct;
        QueryReaders.ReadPaging(spec, query.TopCount, query.PageInfo);
        foreach (var order in query.Orders)
        {
            spec.Orders.Add(new OrderSpec(order.EntityName, order.AttributeName, null, order.OrderType == OrderType.Descending));
        }

        var aliases = new LinkAliases();
        foreach (var link in query.LinkEntities)
        {
            spec.Root.Links.Add(ReadLink(link, spec, aliases));
        }

        return spec;
    }

    public static FilterSpec? ReadFilter(FilterExpression? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var spec = new FilterSpec { IsOr = filter.FilterOperator == LogicalOperator.Or };
        foreach (var condition in filter.Conditions)
        {
            if (condition.CompareColumns)
            {
                throw new UnsupportedQueryFeatureException("column comparison (CompareColumns)");
            }

            spec.Conditions.Add(new ConditionSpec(
                condition.EntityName,
                condition.AttributeName,
                SupportedOperators.Check(condition.Operator),
                Flatten(condition.Values)));
        }

        foreach (var child in filter.Filters)
        {
            if (ReadFilter(child) is FilterSpec nested)
            {
                spec.Filters.Add(nested);
            }
        }

        return spec;
    }

    private static LinkSpec ReadLink(LinkEntity link, QuerySpec query, LinkAliases aliases)
    {
        var outer = link.JoinOperator switch
        {
            JoinOperator.Inner => false,
            JoinOperator.LeftOuter => true,
            _ => throw new UnsupportedQueryFeatureException($"join operator '{link.JoinOperator}'"),
        };
        var spec = new LinkSpec(link.LinkToEntityName, aliases.For(link.EntityAlias, link.LinkToEntityName), link.LinkFromAttributeName, link.LinkToAttributeName, outer);
        QueryReaders.ReadColumns(spec, link.Columns);
        spec.Filter = ReadFilter(link.LinkCriteria);
        foreach (var order in link.Orders)
        {
            query.Orders.Add(new OrderSpec(spec.Alias, order.AttributeName, null, order.OrderType == OrderType.Descending));
        }

        foreach (var nested in link.LinkEntities)
        {
            spec.Links.Add(ReadLink(nested, query, aliases));
        }

        return spec;
    }

    /// <summary>Condition values may arrive as one collection (the ICollection constructor) or one by one.</summary>
    private static IReadOnlyList<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable many and not string and not byte[])
            {
                flat.AddRange(many.Cast<object?>());
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }
}
