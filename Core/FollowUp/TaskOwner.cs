namespace CrmTiering.Core.FollowUp;

/// <summary>The owner a follow-up task is assigned to.</summary>
public sealed record TaskOwner(string Id, bool IsTeam, TaskOwnerSource Source);
