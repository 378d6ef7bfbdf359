namespace CrmTiering.Cli.Org.Sweep;

/// <summary>Messages of <c>crmtiering sweep</c>.</summary>
public static class SweepMessages
{
    public const string BadMode = "--mode '{0}' is not Due, All or Backfill";
    public const string FromNeeded = "--mode Backfill needs --from DATE: the first date to replay from";
    public const string FromOnlyForBackfill = "--from is for --mode Backfill only";
    public const string BadPageSize = "--page-size '{0}' is not a whole number from 1 to {1}";
    public const string NothingSwept = "; nothing was swept, run it again";
    public const string ResumeWith = "; {0} pages were done, resume with: {1} --cookie '{2}'";
    public const string NoCookie = "ctier_RecalculateTiers said MoreRecords after page {0} but returned no PageCookie; run the sweep again";
    public const string Summary = "sweep {0}: {1:N0} accounts in {2} pages, {3:N0} changed, {4:N0} queued, {5:N0} failed";
    public const string FailedWarning = "warning: {0:N0} accounts failed: their Calculation status and error say why (view Tier calculation failed)";
    public const string QueuedNote = "note: {0:N0} accounts were too large for one transaction and are recalculated in the background (view Active Tier Recalculations)";
    public const string DryRunBackfill = "--dry-run replays no Backfill; preview a backfill with: crmtiering review --org … --from {0} --to TODAY --every 3";
    public const string DryRunSummary = "dry run {0} (nothing written): {1:N0} accounts would be recalculated, {2:N0} would change tier";
}
