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
        "version", "mapping", "output-format", "no-lock", "useraworderby", "options", "latematerialize", "datasource",
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

        ReadSource(entity, spec.Root, spec, new LinkAliases());
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
                // The page number drives paging here; the cookie is accepted and not needed.
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

    private static void ReadSource(XElement element, SourceSpec source, QuerySpec spec, LinkAliases aliases)
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
                    spec.Orders.Add(new OrderSpec(
                        source is LinkSpec ? source.Alias : null,
                        (string?)child.Attribute("attribute"),
                        (string?)child.Attribute("alias"),
                        IsTrue((string?)child.Attribute("descending"))));
                    break;
                case "filter":
                    source.Filter = Combine(source.Filter, ReadFilter(child));
                    break;
                case "link-entity":
                    source.Links.Add(ReadLink(child, spec, aliases));
                    break;
                default:
                    throw new UnsupportedQueryFeatureException($"FetchXML element <{child.Name.LocalName}>");
            }
        }
    }

    private static void ReadAttribute(XElement attribute, SourceSpec source, QuerySpec spec)
    {
        if (attribute.Attribute("dategrouping") is not null || attribute.Attribute("rowaggregate") is not null)
        {
            throw new UnsupportedQueryFeatureException("FetchXML dategrouping / rowaggregate");
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
        spec.Aggregates.Add(new AggregateSpec(function, source.Alias, source.Table, name, alias, IsTrue((string?)attribute.Attribute("distinct"))));
    }

    private static LinkSpec ReadLink(XElement element, QuerySpec spec, LinkAliases aliases)
    {
        var table = Required(element, "name");
        var outer = ((string?)element.Attribute("link-type") ?? "inner") switch
        {
            "inner" => false,
            "outer" => true,
            var other => throw new UnsupportedQueryFeatureException($"FetchXML link-type '{other}'"),
        };

        // FetchXML's "from" is the linked table's column, "to" the parent's.
        var link = new LinkSpec(table, aliases.For((string?)element.Attribute("alias"), table), Required(element, "to"), Required(element, "from"), outer);
        ReadSource(element, link, spec, aliases);
        return link;
    }

    private static FilterSpec ReadFilter(XElement element)
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
                    filter.Filters.Add(ReadFilter(child));
                    break;
                default:
                    throw new UnsupportedQueryFeatureException($"FetchXML element <{child.Name.LocalName}> in a filter");
            }
        }

        return filter;
    }

    private static ConditionSpec ReadCondition(XElement condition)
    {
        if (condition.Attribute("valueof") is not null)
        {
            throw new UnsupportedQueryFeatureException("FetchXML column comparison (valueof)");
        }

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
            values);
    }

    private static FilterSpec Combine(FilterSpec? existing, FilterSpec added)
    {
        if (existing is null)
        {
            return added;
        }

        var both = new FilterSpec();
        both.Filters.Add(existing);
        both.Filters.Add(added);
        return both;
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
