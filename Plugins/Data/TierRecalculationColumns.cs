namespace CrmTiering.Plugins.Data;

/// <summary>
/// Logical names of <c>ctier_tierrecalculation</c>: a queued request for SYSTEM to recalculate one
/// account outside any transaction. Its Create privilege is the Custom API's execute privilege.
/// </summary>
public static class TierRecalculationColumns
{
    public const string Table = "ctier_tierrecalculation";
    public const string Id = "ctier_tierrecalculationid";
    public const string Name = "ctier_name";
    public const string Account = "ctier_accountid";

    /// <summary>Empty: recalculate from data. A date: rebuild the history from it, as the Backfill mode does.</summary>
    public const string BackfillFrom = "ctier_backfillfrom";

    /// <summary>Why the account was queued (too large for a transaction, or what failed).</summary>
    public const string Reason = "ctier_reason";

    /// <summary>The privilege ctier_RecalculateTiers requires: only the Tiering Administrator role (and System Administrator) holds it.</summary>
    public const string CreatePrivilege = "prvCreatectier_tierrecalculation";
}
