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
            AddLink(spec.Root, ReadLink(link, spec, aliases));
        }

        spec.PagingCookie = query.PageInfo?.PagingCookie;
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
            var values = Flatten(condition.Values);
            if (condition.CompareColumns)
            {
                // "Filter rows using QueryExpression": column comparison, the value is the other column's name.
                if (values.Count != 1 || values[0] is not string other)
                {
                    throw Faults.PlatformFault.InvalidArgument($"A column comparison on '{condition.AttributeName}' needs the other column's name as its only value.");
                }

                spec.Conditions.Add(new ConditionSpec(condition.EntityName, condition.AttributeName, condition.Operator, System.Array.Empty<object?>()) { ValueOf = other });
                continue;
            }

            spec.Conditions.Add(new ConditionSpec(
                condition.EntityName,
                condition.AttributeName,
                SupportedOperators.Check(condition.Operator),
                values));
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
        var kind = link.JoinOperator switch
        {
            JoinOperator.Inner => LinkKind.Inner,
            JoinOperator.LeftOuter => LinkKind.Outer,
            JoinOperator.Exists or JoinOperator.In or JoinOperator.Any => LinkKind.Any,
            JoinOperator.NotAny => LinkKind.NotAny,
            JoinOperator.All => LinkKind.All,
            JoinOperator.NotAll => LinkKind.NotAll,
            _ => throw new UnsupportedQueryFeatureException($"join operator '{link.JoinOperator}'"),
        };
        query.LinkCount++;
        var spec = new LinkSpec(link.LinkToEntityName, aliases.For(link.EntityAlias, link.LinkToEntityName), link.LinkFromAttributeName, link.LinkToAttributeName, kind);
        if (!spec.IsCondition)
        {
            QueryReaders.ReadColumns(spec, link.Columns);
            foreach (var order in link.Orders)
            {
                query.Orders.Add(new OrderSpec(spec.Alias, order.AttributeName, null, order.OrderType == OrderType.Descending));
            }
        }

        spec.Filter = ReadFilter(link.LinkCriteria);
        foreach (var nested in link.LinkEntities)
        {
            AddLink(spec, ReadLink(nested, query, aliases));
        }

        return spec;
    }

    /// <summary>A join becomes a link of the parent; Exists/In/Any/NotAny/All/NotAll an And-ed condition on it.</summary>
    private static void AddLink(SourceSpec parent, LinkSpec link)
    {
        if (!link.IsCondition)
        {
            parent.Links.Add(link);
            return;
        }

        var filter = new FilterSpec();
        filter.Links.Add(link);
        parent.Filter = FilterSpec.And(parent.Filter, filter);
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
