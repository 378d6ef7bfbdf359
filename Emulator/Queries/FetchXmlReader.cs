using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmTiering.Emulator.Faults;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// FetchXML → QuerySpec. Reads fetch (top, count, page, paging-cookie, distinct, aggregate,
/// aggregatelimit, returntotalrecordcount), entity, attribute (alias, aggregate, groupby, distinct),
/// all-attributes, order, filter, condition and link-entity (inner/outer). Anything that would change
/// the result and is not read throws <see cref="UnsupportedQueryFeatureException"/>.
/// </summary>
internal static class FetchXmlReader
{
    /// <summary>Attributes that only tune how the platform runs a query, never what it returns.</summary>
    private static readonly FrozenSet<string> IgnoredFetchAttributes = new[]
    {
        "version", "mapping", "output-format", "no-lock", "options", "latematerialize", "datasource",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static QuerySpec Read(string fetchXml)
    {
        XElement fetch;
        try
        {
            fetch = XDocument.Parse(fetchXml).Root ?? throw Invalid("no root element");
        }
        catch (XmlException exception)
        {
            throw Invalid(exception.Message);
        }

        if (fetch.Name.LocalName != "fetch")
        {
            throw Invalid("the root element must be <fetch>");
        }

        var entity = fetch.Element("entity") ?? throw Invalid("<fetch> needs an <entity>");
        var spec = new QuerySpec(Required(entity, "name"));
        foreach (var attribute in fetch.Attributes())
        {
            ReadFetchAttribute(spec, attribute);
        }

        QueryReaders.RejectTopWithPaging(spec.Top, spec.PageNumber, spec.PageSize);

        var linkOrders = new List<OrderSpec>();
        ReadSource(entity, spec.Root, spec, new LinkAliases(), linkOrders);

        // "Order rows using FetchXml": orders inside a link-entity apply after the entity's own.
        spec.Orders.AddRange(linkOrders);

        // "Select columns using FetchXml": an entity without attribute elements returns all its columns.
        if (!spec.IsAggregate && !spec.Root.AllColumns && spec.Root.Columns.Count == 0)
        {
            spec.Root.AllColumns = true;
        }

        return spec;
    }

    private static void ReadFetchAttribute(QuerySpec spec, XAttribute attribute)
    {
        var value = attribute.Value;
        switch (attribute.Name.LocalName)
        {
            case "top":
                spec.Top = Number(attribute);
                break;
            case "count":
                spec.PageSize = Number(attribute);
                break;
            case "page":
                spec.PageNumber = Number(attribute);
                break;
            case "paging-cookie":
                spec.PagingCookie = value;
                break;
            case "useraworderby":
                spec.RawOrder = IsTrue(value);
                break;
            case "distinct":
                spec.Distinct = IsTrue(value);
                break;
            case "aggregate":
                spec.IsAggregate = IsTrue(value);
                break;
            case "aggregatelimit":
                spec.AggregateLimit = Number(attribute);
                break;
            case "returntotalrecordcount":
                spec.ReturnTotalRecordCount = IsTrue(value);
                break;
            default:
                if (!IgnoredFetchAttributes.Contains(attribute.Name.LocalName))
                {
                    throw new UnsupportedQueryFeatureException($"FetchXML fetch attribute '{attribute.Name.LocalName}'");
                }

                break;
        }
    }

    private static void ReadSource(XElement element, SourceSpec source, QuerySpec spec, LinkAliases aliases, List<OrderSpec> linkOrders)
    {
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    ReadAttribute(child, source, spec);
                    break;
                case "all-attributes":
                    source.AllColumns = true;
                    break;
                case "order":
                    var order = new OrderSpec(
                        source is LinkSpec ? source.Alias : (string?)child.Attribute("entityname"),
                        (string?)child.Attribute("attribute"),
                        (string?)child.Attribute("alias"),
                        IsTrue((string?)child.Attribute("descending")));
                    (source is LinkSpec ? linkOrders : spec.Orders).Add(order);
                    break;
                case "filter":
                    source.Filter = FilterSpec.And(source.Filter, ReadFilter(child, spec, aliases, linkOrders));
                    break;
                case "link-entity":
                    var link = ReadLink(child, spec, aliases, linkOrders);
                    if (link.IsCondition)
                    {
                        // exists / in (and any … outside a filter): a condition on this table, no columns.
                        var filter = new FilterSpec();
                        filter.Links.Add(link);
                        source.Filter = FilterSpec.And(source.Filter, filter);
                    }
                    else
                    {
                        source.Links.Add(link);
                    }

                    break;
                default:
                    throw new UnsupportedQueryFeatureException($"FetchXML element <{child.Name.LocalName}>");
            }
        }
    }

    private static void ReadAttribute(XElement attribute, SourceSpec source, QuerySpec spec)
    {
        if (attribute.Attribute("rowaggregate") is not null)
        {
            throw new UnsupportedQueryFeatureException("FetchXML rowaggregate");
        }

        var dateGrouping = (string?)attribute.Attribute("dategrouping");
        if (dateGrouping is not null && (!spec.IsAggregate || !IsTrue((string?)attribute.Attribute("groupby"))))
        {
            throw Invalid("dategrouping is only valid on a groupby attribute of an aggregate query");
        }

        if (dateGrouping is "fiscal-period" or "fiscal-year")
        {
            throw new UnsupportedQueryFeatureException($"FetchXML dategrouping '{dateGrouping}' (fiscal year settings are not modelled)");
        }

        if (dateGrouping is not (null or "day" or "week" or "month" or "quarter" or "year"))
        {
            throw Invalid($"unknown dategrouping '{dateGrouping}'");
        }

        var name = Required(attribute, "name");
        var alias = (string?)attribute.Attribute("alias");
        var aggregate = (string?)attribute.Attribute("aggregate");
        var groupBy = IsTrue((string?)attribute.Attribute("groupby"));
        if (!spec.IsAggregate)
        {
            source.Columns.Add(new ColumnSpec(name, alias));
            return;
        }

        if (alias is null)
        {
            throw Invalid($"aggregate query attribute '{name}' needs an alias");
        }

        var function = groupBy ? AggregateFunction.GroupBy : aggregate switch
        {
            "count" => AggregateFunction.Count,
            "countcolumn" => AggregateFunction.CountColumn,
            "sum" => AggregateFunction.Sum,
            "avg" => AggregateFunction.Avg,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            null => throw Invalid($"attribute '{name}' of an aggregate query needs aggregate or groupby"),
            _ => throw new UnsupportedQueryFeatureException($"FetchXML aggregate '{aggregate}'"),
        };
        spec.Aggregates.Add(new AggregateSpec(function, source.Alias, source.Table, name, alias, IsTrue((string?)attribute.Attribute("distinct")))
        {
            DateGrouping = dateGrouping,
            UserTimeZone = (string?)attribute.Attribute("usertimezone") is not ("false" or "0"),
        });
    }

    private static LinkSpec ReadLink(XElement element, QuerySpec spec, LinkAliases aliases, List<OrderSpec> linkOrders, bool inFilter = false)
    {
        var table = Required(element, "name");
        var type = (string?)element.Attribute("link-type") ?? "inner";
        var kind = type switch
        {
            "inner" => LinkKind.Inner,
            "outer" => LinkKind.Outer,
            "exists" or "in" => LinkKind.Any,
            "any" => LinkKind.Any,
            "not any" => LinkKind.NotAny,
            "all" => LinkKind.All,
            "not all" => LinkKind.NotAll,
            var other => throw new UnsupportedQueryFeatureException($"FetchXML link-type '{other}'"),
        };
        if (inFilter && kind is LinkKind.Inner or LinkKind.Outer)
        {
            throw Invalid($"a link-entity inside a filter needs link-type any, not any, all or not all (not '{type}')");
        }

        spec.LinkCount++;

        // FetchXML's "from" is the linked table's column, "to" the parent's.
        var link = new LinkSpec(table, aliases.For((string?)element.Attribute("alias"), table), Required(element, "to"), Required(element, "from"), kind);
        ReadSource(element, link, spec, aliases, link.IsCondition ? new List<OrderSpec>() : linkOrders);
        if (link.IsCondition && link.Columns.Count > 0)
        {
            throw Invalid($"link-entity '{link.Alias}' of link-type '{type}' cannot return attributes");
        }

        return link;
    }

    private static FilterSpec ReadFilter(XElement element, QuerySpec spec, LinkAliases aliases, List<OrderSpec> linkOrders)
    {
        var filter = new FilterSpec { IsOr = ((string?)element.Attribute("type") ?? "and") == "or" };
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.Conditions.Add(ReadCondition(child));
                    break;
                case "filter":
                    filter.Filters.Add(ReadFilter(child, spec, aliases, linkOrders));
                    break;
                case "link-entity":
                    // "Join tables": any / not any / all / not all inside a filter test the related rows.
                    filter.Links.Add(ReadLink(child, spec, aliases, linkOrders, inFilter: true));
                    break;
                default:
                    throw new UnsupportedQueryFeatureException($"FetchXML element <{child.Name.LocalName}> in a filter");
            }
        }

        return filter;
    }

    private static ConditionSpec ReadCondition(XElement condition)
    {
        var valueOf = (string?)condition.Attribute("valueof");
        var values = new List<object?>();
        if ((string?)condition.Attribute("value") is string single)
        {
            values.Add(single);
        }

        values.AddRange(condition.Elements("value").Select(v => (object?)v.Value));
        return new ConditionSpec(
            (string?)condition.Attribute("entityname"),
            Required(condition, "attribute"),
            SupportedOperators.FromFetch(Required(condition, "operator")),
            values)
        {
            ValueOf = valueOf,
        };
    }

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) ?? throw Invalid($"<{element.Name.LocalName}> needs the attribute '{attribute}'");

    private static int Number(XAttribute attribute) =>
        int.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Invalid($"'{attribute.Name.LocalName}' must be a whole number");

    private static bool IsTrue(string? value) => value is "true" or "1";

    private static Exception Invalid(string reason) =>
        PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.InvalidFetchXml, reason));
}
