namespace CrmTiering.Cli.Review;

/// <summary>A follow-up task as it stands after a review created or updated it.</summary>
public sealed record FollowUpTask(ReviewStep Step, FollowUpAction Action, Core.FollowUp.FollowUpPlan Plan);

/// <summary>What a review does to the follow-up task of an account and kind.</summary>
public enum FollowUpAction
{
    Created,
    Updated,
}
