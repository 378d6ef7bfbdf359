using System.Collections.Generic;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// A query in one shape whatever it came as (QueryExpression, QueryByAttribute, FetchXML), so a
/// single engine evaluates all three the same way.
/// </summary>
internal sealed class QuerySpec
{
    public QuerySpec(string table)
    {
        Root = new SourceSpec(table, table);
    }

    /// <summary>The root table: its columns, filter and links.</summary>
    public SourceSpec Root { get; }

    public string Table => Root.Table;

    public List<OrderSpec> Orders { get; } = new();

    public int? Top { get; set; }

    /// <summary>1-based page; 0 means the first.</summary>
    public int PageNumber { get; set; }

    /// <summary>0 means the platform default.</summary>
    public int PageSize { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    /// <summary>The previous page's cookie (FetchXML paging-cookie, PagingInfo.PagingCookie).</summary>
    public string? PagingCookie { get; set; }

    /// <summary>FetchXML useraworderby: choice columns sort by their numbers instead of their labels.</summary>
    public bool RawOrder { get; set; }

    /// <summary>Number of link-entities (joins and filter links), for the platform's limit.</summary>
    public int LinkCount { get; set; }

    public bool Distinct { get; set; }

    public bool IsAggregate { get; set; }

    /// <summary>FetchXML aggregatelimit: a lower cap than the platform's.</summary>
    public int? AggregateLimit { get; set; }

    /// <summary>Aggregate and group-by columns in the order written.</summary>
    public List<AggregateSpec> Aggregates { get; } = new();
}

/// <summary>A requested column; <see cref="Alias"/> is FetchXML's attribute alias (the result key).</summary>
internal sealed record ColumnSpec(string Name, string? Alias = null);

/// <summary>
/// A sort key: a column of a table (by alias, null = root) or, in an aggregate, the alias of a
/// result column.
/// </summary>
internal sealed record OrderSpec(string? EntityAlias, string? Column, string? ResultAlias, bool Descending);

/// <summary>An aggregate (or group-by) column: function over a table's column, returned under Alias.</summary>
internal sealed record AggregateSpec(AggregateFunction Function, string EntityAlias, string Table, string Column, string Alias, bool Distinct)
{
    /// <summary>FetchXML dategrouping on a groupby date column: day, week, month, quarter or year.</summary>
    public string? DateGrouping { get; init; }

    /// <summary>FetchXML usertimezone (default true): group in the user's time zone, else in UTC.</summary>
    public bool UserTimeZone { get; init; } = true;
}

/// <summary>FetchXML aggregate functions, plus group-by.</summary>
internal enum AggregateFunction
{
    GroupBy,
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}

/// <summary>A table of a running query: its place in a joined row, its parent's place, metadata and read access.</summary>
internal sealed record QuerySource(SourceSpec Spec, int Slot, int ParentSlot, TableDefinition Table, ReadAccess Access)
{
    public LinkSpec? Link => Spec as LinkSpec;
}
