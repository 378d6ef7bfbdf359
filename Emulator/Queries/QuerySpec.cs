using System.Collections.Generic;

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
