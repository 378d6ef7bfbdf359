namespace CrmTiering.Plugins.CustomApi;

/// <summary>
/// The contract of the Custom API <c>ctier_RecalculateTiers</c> (Solution/src/customapis): its unique
/// name, request parameters, response properties and the messages it refuses bad input with.
/// </summary>
public static class RecalculateTiersApi
{
    public const string UniqueName = "ctier_RecalculateTiers";

    public const string Mode = "Mode";
    public const string From = "From";
    public const string PageCookie = "PageCookie";
    public const string PageSize = "PageSize";

    public const string Processed = "Processed";
    public const string Changed = "Changed";
    public const string Failed = "Failed";

    /// <summary>Accounts handed to an asynchronous recalculation: too large to sum inside one transaction.</summary>
    public const string Queued = "Queued";
    public const string MoreRecords = "MoreRecords";

    /// <summary>
    /// Accounts per call when PageSize is not given. A page's revenue costs about ten grouped queries
    /// whatever its size, so 250 puts Due and All near 0.04 calls per account; the page's writes fit the
    /// call's budget, and the budget ends a slow page early with a cookie (Plugins/README "Sweep by page").
    /// </summary>
    public const int DefaultPageSize = 250;

    /// <summary>
    /// Accounts per Backfill call when PageSize is not given. A Backfill page reads one grouped query per
    /// kind and quarter bucket (57 reads for 12 quarters, 87 with a pipeline weight) whatever its size, so
    /// the largest page keeps that under 0.1 calls per account; the budget still ends the call in time.
    /// </summary>
    public const int DefaultBackfillPageSize = MaxPageSize;

    /// <summary>Far under the 5 000 groups an aggregate page returns; an <c>in</c> list a FetchXML request carries easily.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>{0} = the mode given.</summary>
    public const string UnknownModeMessage = "Mode must be Due, All or Backfill; \"{0}\" is not one of them.";

    /// <summary>{0} = the page size given, {1} = the largest allowed.</summary>
    public const string PageSizeMessage = "PageSize must be between 1 and {1}; {0} was given.";

    public const string FromRequiredMessage = "Backfill needs From: the first date to replay from (history starts at the first quarter end on or after it).";

    /// <summary>{0} = From, {1} = today.</summary>
    public const string FromInFutureMessage = "From ({0:yyyy-MM-dd}) is after today ({1:yyyy-MM-dd}); Backfill replays the past only.";

    public const string InvalidCookieMessage = "PageCookie is not a cookie this API returned for this mode; start again without PageCookie.";
}
