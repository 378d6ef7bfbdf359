namespace CrmTiering.Plugins.Data;

/// <summary>Logical names of the <c>ctier_tierchange</c> history table (R13).</summary>
public static class TierChangeColumns
{
    public const string Table = "ctier_tierchange";
    public const string Id = "ctier_tierchangeid";
    public const string Name = "ctier_name";
    public const string Account = "ctier_accountid";
    public const string FromTier = "ctier_fromtier";
    public const string ToTier = "ctier_totier";
    public const string Movement = "ctier_movement";
    public const string EffectiveRevenue = "ctier_effectiverevenue";
    public const string Reason = "ctier_reason";
    public const string Source = "ctier_source";
    public const string CalculatedOn = "ctier_calculatedon";
    public const string Currency = "transactioncurrencyid";

    /// <summary>The user whose operation caused the change (lookup to systemuser); writes run as SYSTEM.</summary>
    public const string InitiatedBy = "ctier_initiatedby";

    /// <summary>The follow-up task the workflow activity links (lookup to task).</summary>
    public const string FollowUpTask = "ctier_followuptaskid";

    /// <summary>
    /// Yes on a Tier1Slip or Surge row (not from a backfill): the follow-up process starts when SYSTEM
    /// sets it, so Initial and Backfill rows never start a workflow job.
    /// </summary>
    public const string NeedsFollowUp = "ctier_needsfollowup";

    public const string State = "statecode";
    public const string Status = "statuscode";

    public const string CreatedOn = "createdon";

    /// <summary>
    /// The <see cref="InitiatedBy"/> value: the user whose action caused the change (InitiatingUserId:
    /// writing through the SYSTEM service, also from an asynchronous job, does not replace it), so the
    /// row names the rep who won the deal rather than SYSTEM. Null for an empty id.
    /// </summary>
    public static Microsoft.Xrm.Sdk.EntityReference? Initiator(System.Guid initiatingUserId) =>
        initiatingUserId == System.Guid.Empty ? null : new Microsoft.Xrm.Sdk.EntityReference("systemuser", initiatingUserId);
}
