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

    /// <summary>Accounts per call when PageSize is not given: a page must finish inside the two-minute limit of a synchronous plug-in.</summary>
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 250;

    /// <summary>{0} = the mode given.</summary>
    public const string UnknownModeMessage = "Mode must be Due, All or Backfill; \"{0}\" is not one of them.";

    /// <summary>{0} = the page size given, {1} = the largest allowed.</summary>
    public const string PageSizeMessage = "PageSize must be between 1 and {1}; {0} was given.";

    public const string FromRequiredMessage = "Backfill needs From: the first date to replay from (history starts at the first quarter end on or after it).";

    /// <summary>{0} = From, {1} = today.</summary>
    public const string FromInFutureMessage = "From ({0:yyyy-MM-dd}) is after today ({1:yyyy-MM-dd}); Backfill replays the past only.";

    public const string InvalidCookieMessage = "PageCookie is not a cookie this API returned for this mode; start again without PageCookie.";
}
