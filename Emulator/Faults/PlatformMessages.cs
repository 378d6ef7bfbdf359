namespace CrmTiering.Emulator.Faults;

/// <summary>
/// Fault messages in the platform's words (formats take the values the platform puts in them).
/// Public so tests can assert on them.
/// </summary>
public static class PlatformMessages
{
    /// <summary>{0} table logical name, {1} id. The platform's text for a missing row.</summary>
    public const string ObjectDoesNotExist = "{0} With Id = {1} Does Not Exist";

    /// <summary>{0} principal id, {1} record id, {2} table.</summary>
    public const string ReadAccessDenied = "Principal with ID {0} does not have ReadAccess right(s) for record with ID {1} of entity {2}.";

    /// <summary>{0} user id, {1} privilege, {2} privilege id, {3} object type code, {4} table. Approximates the platform's text (which adds role and privilege counts).</summary>
    public const string PrivilegeDeniedOnTable = "Principal user (Id={0}, type=8) is missing {1} privilege (Id={2}) on OTC={3} for entity '{4}'.";

    /// <summary>{0} user id, {1} privilege, {2} privilege id: a privilege of no table (Custom API execute privilege, bypass privileges).</summary>
    public const string PrivilegeDenied = "Principal user (Id={0}, type=8) is missing {1} privilege (Id={2}).";

    /// <summary>{0} principal id, {1} right (WriteAccess, DeleteAccess, CreateAccess), {2} record id, {3} table: the privilege is held at too shallow a depth.</summary>
    public const string RecordAccessDenied = "Principal with ID {0} does not have {1} right(s) for record with ID {2} of entity {3}.";

    public const string ConcurrencyVersionMismatch = "The version of the existing record doesn't match the RowVersion property provided.";

    public const string ConcurrencyVersionNotProvided = "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.";

    /// <summary>The platform's text for a call made after the transaction was ended by a failed call ("Troubleshoot plug-ins").</summary>
    public const string NoActiveTransaction = "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";

    /// <summary>The platform's text when a plugin swallowed a failed call and returned ("Troubleshoot plug-ins").</summary>
    public const string IsvReducedOpenTransactionCount = "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.";

    /// <summary>{0} table, {1} id.</summary>
    public const string DuplicateRecord = "Cannot insert duplicate key. A {0} record with id {1} already exists.";

    /// <summary>The platform's message (the client shows "The maximum record limit is exceeded. Reduce the number of records.").</summary>
    public const string AggregateQueryRecordLimitExceeded = "AggregateQueryRecordLimit exceeded. Cannot perform this operation.";

    /// <summary>{0} the missing parameter.</summary>
    public const string RequiredParameterMissing = "Required field '{0}' is missing.";

    public const string TopCountWithPaging = "The TopCount and PageInfo (paging) of a query cannot be used together.";

    /// <summary>{0} the parser's complaint.</summary>
    public const string InvalidFetchXml = "Invalid FetchXML: {0}";

    /// <summary>{0} the view (activitypointer): rows are written through their own activity table.</summary>
    public const string ReadOnlyView = "Rows of '{0}' cannot be written directly; write the activity's own table.";

    /// <summary>{0} column, {1} value, {2} stored type.</summary>
    public const string ConditionValueMismatch = "The value '{1}' of a condition on '{0}' cannot be compared with a {2}.";

    /// <summary>{0} operator, {1} column. The docs: "You can't apply this operator on a column that is configured to use the DateOnly behavior."</summary>
    public const string OperatorInvalidOnDateOnly = "The condition operator {0} cannot be applied to '{1}', a column with the DateOnly behavior.";

    /// <summary>{0} the limit. Page size (PagingInfo.Count, fetch count) above the platform's maximum.</summary>
    public const string PageSizeTooLarge = "The page size (count) cannot be greater than {0}.";

    /// <summary>{0} the limit. fetch top / TopCount above the platform's maximum.</summary>
    public const string TopTooLarge = "The top count cannot be greater than {0}.";

    /// <summary>{0} the limit. More link-entities than a query may hold ("Join tables using FetchXml": limitations).</summary>
    public const string TooManyLinkEntities = "A query cannot contain more than {0} link-entity elements.";

    /// <summary>{0} the batch limit (1000, "Execute multiple requests using the SDK for .NET").</summary>
    public const string ExecuteMultipleTooManyRequests = "The number of requests in ExecuteMultiple exceeds the maximum batch size of {0}.";

    public const string ExecuteMultipleNested = "ExecuteMultiple and ExecuteTransaction requests cannot contain ExecuteMultiple or ExecuteTransaction requests.";
}
