namespace CrmTiering.Cli.Review;

/// <summary>What a review does to the follow-up task of an account and kind.</summary>
public enum FollowUpAction
{
    Created,
    Updated,
}
