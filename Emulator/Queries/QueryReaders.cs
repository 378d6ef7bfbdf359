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

    /// <summary>The platform refuses TopCount together with paging.</summary>
    public static void RejectTopWithPaging(int? top, int pageNumber, int pageSize)
    {
        if (top is not null && (pageNumber > 0 || pageSize > 0))
        {
            throw PlatformFault.InvalidArgument(PlatformMessages.TopCountWithPaging);
        }
    }
}
