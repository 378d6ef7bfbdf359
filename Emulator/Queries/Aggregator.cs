using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// FetchXML aggregates. Results are AliasedValues under each alias. Nulls are skipped; count is
/// the number of rows, countcolumn the non-null values (distinct on request). Sum/avg/min/max keep
/// the column's type (money → Money, whole number → int, avg of whole numbers truncated as SQL does)
/// and are null when no value was aggregated. Without group-by an empty set still gives one row
/// (counts 0, others null); with group-by it gives none. More rows than the limit → the platform's fault.
/// </summary>
internal sealed class Aggregator
{
    private readonly QuerySpec _spec;
    private readonly Func<string?, int> _slotOf;
    private readonly QueryContext _context;

    public Aggregator(QuerySpec spec, Func<string?, int> slotOf, QueryContext context)
    {
        _spec = spec;
        _slotOf = slotOf;
        _context = context;
    }

    public EntityCollection Run(List<StoredRow?[]> rows, int limit, int pageSize)
    {
        if (rows.Count > limit)
        {
            throw PlatformFault.Create(PlatformErrorCodes.AggregateQueryRecordLimitExceeded, PlatformMessages.AggregateQueryRecordLimitExceeded);
        }

        if (_spec.Aggregates.Count == 0)
        {
            throw PlatformFault.InvalidArgument("An aggregate query needs at least one attribute with aggregate or groupby.");
        }

        var results = Groups(rows).Select(ToEntity).ToList();
        results.Sort(CompareByOrders);

        var page = Math.Max(_spec.PageNumber, 1);
        var size = _spec.Top ?? pageSize;
        var collection = new EntityCollection { EntityName = _spec.Table };
        collection.Entities.AddRange(results.Skip((page - 1) * size).Take(size));
        collection.MoreRecords = _spec.Top is null && results.Count > page * size;
        collection.TotalRecordCount = -1;
        return collection;
    }

    private IEnumerable<List<StoredRow?[]>> Groups(List<StoredRow?[]> rows)
    {
        var groupBy = _spec.Aggregates.Where(a => a.Function == AggregateFunction.GroupBy).ToList();
        if (groupBy.Count == 0)
        {
            return new[] { rows };
        }

        var groups = new Dictionary<string, List<StoredRow?[]>>(StringComparer.Ordinal);
        var order = new List<List<StoredRow?[]>>();
        foreach (var row in rows)
        {
            var key = string.Join("\u001f", groupBy.Select(g => KeyText(ValueOf(row, g))));
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<StoredRow?[]>();
                groups[key] = group;
                order.Add(group);
            }

            group.Add(row);
        }

        return order;
    }

    private Entity ToEntity(List<StoredRow?[]> group)
    {
        var entity = new Entity(_spec.Table);
        foreach (var aggregate in _spec.Aggregates)
        {
            entity.Attributes[aggregate.Alias] = new AliasedValue(aggregate.Table, aggregate.Column, Compute(aggregate, group));
        }

        return entity;
    }

    private object? Compute(AggregateSpec aggregate, List<StoredRow?[]> group)
    {
        if (aggregate.Function == AggregateFunction.Count)
        {
            return group.Count;
        }

        var values = group.Select(row => ValueOf(row, aggregate)).Where(v => v is not null).Select(v => v!).ToList();
        switch (aggregate.Function)
        {
            case AggregateFunction.GroupBy:
                return group.Count == 0 ? null : AttributeValues.Copy(ValueOf(group[0], aggregate));
            case AggregateFunction.CountColumn:
                return aggregate.Distinct ? values.Select(KeyText).Distinct(StringComparer.Ordinal).Count() : values.Count;
        }

        if (values.Count == 0)
        {
            return null;
        }

        return aggregate.Function switch
        {
            AggregateFunction.Sum => Sum(values, aggregate),
            AggregateFunction.Avg => Average(values, aggregate),
            AggregateFunction.Min => AttributeValues.Copy(values.MinBy(ValueKey.Of, KeyComparer.Instance)),
            AggregateFunction.Max => AttributeValues.Copy(values.MaxBy(ValueKey.Of, KeyComparer.Instance)),
            _ => throw new UnsupportedQueryFeatureException($"aggregate '{aggregate.Function}'"),
        };
    }

    private static object Sum(List<object> values, AggregateSpec aggregate) => values[0] switch
    {
        Money => new Money(values.Sum(v => ((Money)v).Value)),
        int => values.Sum(v => (int)v),
        long => values.Sum(v => (long)v),
        decimal => values.Sum(v => (decimal)v),
        double => values.Sum(v => (double)v),
        _ => throw new UnsupportedQueryFeatureException($"sum of '{aggregate.Column}' ({values[0].GetType().Name})"),
    };

    private static object Average(List<object> values, AggregateSpec aggregate) => values[0] switch
    {
        Money => new Money(values.Average(v => ((Money)v).Value)),
        int => (int)(values.Sum(v => (long)(int)v) / values.Count),
        long => values.Sum(v => (long)v) / values.Count,
        decimal => values.Average(v => (decimal)v),
        double => values.Average(v => (double)v),
        _ => throw new UnsupportedQueryFeatureException($"avg of '{aggregate.Column}' ({values[0].GetType().Name})"),
    };

    private object? ValueOf(StoredRow?[] row, AggregateSpec aggregate)
    {
        var value = row[_slotOf(aggregate.EntityAlias)]?[aggregate.Column];
        return aggregate.DateGrouping is null || value is null ? value : DatePart(value, aggregate);
    }

    /// <summary>
    /// "Aggregate data using FetchXml": dategrouping groups by a date part — day of the month, week of the
    /// year, month of the year, quarter, year — returned as a whole number. Weeks as SQL Server's
    /// DATEPART(week) with Sunday first (week 1 holds January 1); quarters of a fiscal year starting in
    /// January (the default fiscal settings). usertimezone (default true) would convert to the user's
    /// time zone first: users here are all in UTC, so both settings group the UTC date.
    /// </summary>
    private static object DatePart(object value, AggregateSpec aggregate)
    {
        if (ValueKey.Of(value) is not DateTime instant)
        {
            throw PlatformFault.InvalidArgument($"dategrouping needs a date column; '{aggregate.Column}' is not one.");
        }

        return aggregate.DateGrouping switch
        {
            "day" => instant.Day,
            "week" => ((instant.DayOfYear - 1 + (int)new DateTime(instant.Year, 1, 1).DayOfWeek) / 7) + 1,
            "month" => instant.Month,
            "quarter" => ((instant.Month - 1) / 3) + 1,
            _ => instant.Year,
        };
    }

    private int CompareByOrders(Entity x, Entity y)
    {
        foreach (var order in _spec.Orders)
        {
            var alias = order.ResultAlias
                ?? _spec.Aggregates.FirstOrDefault(a => a.Column == order.Column && a.EntityAlias == (order.EntityAlias ?? _spec.Table))?.Alias
                ?? throw new UnsupportedQueryFeatureException($"ordering an aggregate query by '{order.Column}', which it does not return");
            var result = ValueOrder.CompareValues(
                x.GetAttributeValue<AliasedValue>(alias)?.Value,
                y.GetAttributeValue<AliasedValue>(alias)?.Value);
            if (result != 0)
            {
                return order.Descending ? -result : result;
            }
        }

        return 0;
    }

    private static string KeyText(object? value) =>
        ValueKey.IndexKeyOf(value) is object key ? key.GetType().Name + ":" + Convert.ToString(key, CultureInfo.InvariantCulture) : "null";

    private sealed class KeyComparer : IComparer<object?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object? x, object? y) => ValueOrder.Compare(x, y);
    }
}
