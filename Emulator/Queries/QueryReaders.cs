using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>Turns any SDK query into a <see cref="QuerySpec"/>.</summary>
internal static class QueryReaders
{
    public static QuerySpec Read(QueryBase query) => query switch
    {
        QueryExpression expression => QueryExpressionReader.Read(expression),
        QueryByAttribute byAttribute => QueryByAttributeReader.Read(byAttribute),
        FetchExpression fetch => FetchXmlReader.Read(fetch.Query ?? string.Empty),
        _ => throw new UnsupportedQueryFeatureException($"query type '{query.GetType().Name}'"),
    };

    /// <summary>A ColumnSet (of the root or of a link) into the source's columns; a null set adds none.</summary>
    public static void ReadColumns(SourceSpec source, ColumnSet? columns)
    {
        if (columns is null)
        {
            return;
        }

        source.AllColumns = columns.AllColumns;
        source.Columns.AddRange(columns.Columns.Select(c => new ColumnSpec(c)));
    }

    /// <summary>An SDK query's TopCount and PageInfo, which the platform refuses together.</summary>
    public static void ReadPaging(QuerySpec spec, int? top, PagingInfo? paging)
    {
        spec.Top = top;
        if (paging is not null)
        {
            spec.PageNumber = paging.PageNumber;
            spec.PageSize = paging.Count;
            spec.ReturnTotalRecordCount = paging.ReturnTotalRecordCount;
        }

        RejectTopWithPaging(spec.Top, spec.PageNumber, spec.PageSize);
    }

    /// <summary>The platform refuses TopCount together with paging.</summary>
    public static void RejectTopWithPaging(int? top, int pageNumber, int pageSize)
    {
        if (top is not null && (pageNumber > 0 || pageSize > 0))
        {
            throw PlatformFault.InvalidArgument(PlatformMessages.TopCountWithPaging);
        }
    }
}
