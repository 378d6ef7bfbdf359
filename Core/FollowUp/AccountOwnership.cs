namespace CrmTiering.Core.FollowUp;

/// <summary>Who owns the account, and whether the candidate users are enabled (R14). Ids are opaque text.</summary>
public sealed record AccountOwnership
{
    /// <summary>The owning user; null when a team owns the account.</summary>
    public string? OwningUserId { get; init; }

    public bool OwningUserEnabled { get; init; }

    /// <summary>The owning user's manager (<c>parentsystemuserid</c>).</summary>
    public string? ManagerId { get; init; }

    public bool ManagerEnabled { get; init; }

    /// <summary>The owning team, when a team owns the account.</summary>
    public string? OwningTeamId { get; init; }
}
