using System.Collections.Generic;

namespace CrmTiering.Core.FollowUp;

/// <summary>
/// R14's owner ladder: the owning user's manager if enabled → the owning user if enabled → the
/// owning team when a team owns the account → the policy's fallbackOwner → no task. Each
/// skipped rung is traced.
/// </summary>
public static class TaskOwnerResolution
{
    public const string ManagerDisabled = "The owner's manager {0} is disabled: skipped.";
    public const string NoManager = "The owning user has no manager.";
    public const string OwnerDisabled = "The owning user {0} is disabled: skipped.";
    public const string NoOwner = "No enabled user or team owns the account; using the fallback owner {0}.";
    public const string NobodyToAssign = "No enabled manager, owner, team or fallback owner: no task created.";

    public static TaskOwner? Resolve(AccountOwnership ownership, string? fallbackOwner, List<string> trace)
    {
        if (ownership.OwningUserId is not null)
        {
            if (ownership.ManagerId is null)
            {
                trace.Add(NoManager);
            }
            else if (ownership.ManagerEnabled)
            {
                return new TaskOwner(ownership.ManagerId, false, TaskOwnerSource.Manager);
            }
            else
            {
                trace.Add(Format(ManagerDisabled, ownership.ManagerId));
            }

            if (ownership.OwningUserEnabled)
            {
                return new TaskOwner(ownership.OwningUserId, false, TaskOwnerSource.Owner);
            }

            trace.Add(Format(OwnerDisabled, ownership.OwningUserId));
        }
        else if (ownership.OwningTeamId is not null)
        {
            return new TaskOwner(ownership.OwningTeamId, true, TaskOwnerSource.Team);
        }

        if (fallbackOwner is not null)
        {
            trace.Add(Format(NoOwner, fallbackOwner));
            return new TaskOwner(fallbackOwner, false, TaskOwnerSource.Fallback);
        }

        trace.Add(NobodyToAssign);
        return null;
    }

    private static string Format(string message, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, message, value);
}
