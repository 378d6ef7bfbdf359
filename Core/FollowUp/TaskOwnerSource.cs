namespace CrmTiering.Core.FollowUp;

/// <summary>Which rung of R14's owner ladder gave the task its owner.</summary>
public enum TaskOwnerSource
{
    Manager,
    Owner,
    Team,
    Fallback,
}
