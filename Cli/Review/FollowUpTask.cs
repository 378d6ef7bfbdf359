namespace CrmTiering.Cli.Review;

/// <summary>A follow-up task as it stands after a review created or updated it.</summary>
public sealed record FollowUpTask(ReviewStep Step, FollowUpAction Action, Core.FollowUp.FollowUpPlan Plan);
