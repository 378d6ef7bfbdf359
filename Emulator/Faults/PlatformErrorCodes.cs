namespace CrmTiering.Emulator.Faults;

/// <summary>
/// Dataverse error codes the emulator raises, as documented in "Web service error codes" and
/// "Troubleshoot Dataverse client errors" (learn.microsoft.com). Tests and product code compare
/// <c>OrganizationServiceFault.ErrorCode</c> with these.
/// </summary>
public static class PlatformErrorCodes
{
    /// <summary>0x80040217 ObjectDoesNotExist: Retrieve/Update/Delete of a missing row.</summary>
    public const int ObjectDoesNotExist = -2147220969;

    /// <summary>0x80048306 access check failure ("does not have ReadAccess right(s) for record").</summary>
    public const int AccessDenied = -2147187962;

    /// <summary>0x80040220 PrivilegeDenied: the caller's roles lack a privilege the request needs.</summary>
    public const int PrivilegeDenied = -2147220960;

    /// <summary>0x80060882 ConcurrencyVersionMismatch: IfRowVersionMatches with a stale RowVersion.</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    /// <summary>0x80060883 ConcurrencyVersionNotProvided: IfRowVersionMatches without a RowVersion ("Optimistic concurrency", "Web service error codes").</summary>
    public const int ConcurrencyVersionNotProvided = -2147088253;

    /// <summary>
    /// 0x8006088D OptimisticConcurrencyNotEnabled: IfRowVersionMatches on a table without optimistic
    /// concurrency ("Web service error codes"). Not raised: every emulated table supports it.
    /// </summary>
    public const int OptimisticConcurrencyNotEnabled = -2147088243;

    /// <summary>0x80040237 DuplicateRecord (the SQL "Cannot insert duplicate key" case): Create with an id in use.</summary>
    public const int DuplicateRecord = -2147220937;

    /// <summary>0x80040203 InvalidArgument: a request or query the platform would reject as malformed.</summary>
    public const int InvalidArgument = -2147220989;

    /// <summary>
    /// 0x80040251 "There is no active transaction": a service call made inside a synchronous
    /// transaction after an earlier call in it failed ("Troubleshoot plug-ins" &gt; "Transaction errors").
    /// </summary>
    public const int NoActiveTransaction = -2147220911;

    /// <summary>
    /// 0x8009000C "ISV code reduced the open transaction count": a plugin caught a failed service call
    /// and returned normally; the operation fails and rolls back ("Troubleshoot plug-ins" &gt; "Transaction errors").
    /// </summary>
    public const int IsvReducedOpenTransactionCount = -2146893812;

    /// <summary>0x8004E023 AggregateQueryRecordLimitExceeded: an aggregate over more than 50 000 rows.</summary>
    public const int AggregateQueryRecordLimitExceeded = -2147164125;
}
