namespace CrmTiering.Plugins.Data;

/// <summary>Dataverse fault codes the adapters react to (OrganizationServiceFault.ErrorCode).</summary>
public static class PlatformErrorCodes
{
    /// <summary>AggregateQueryRecordLimitExceeded: an aggregate touched more than 50 000 rows.</summary>
    public const int AggregateQueryRecordLimitExceeded = -2147164125;

    /// <summary>ObjectDoesNotExist: the row was deleted (e.g. the account, before an async job ran).</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>ConcurrencyVersionMismatch (0x80060882): an IfRowVersionMatches write whose RowVersion is stale ("Optimistic concurrency").</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;
}
