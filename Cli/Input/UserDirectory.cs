using System;
using System.Collections.Generic;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.FollowUp;

namespace CrmTiering.Cli.Input;

/// <summary>
/// The users export, for R14's owner ladder. Without a users file every owner is taken as an
/// enabled user with no known manager. With one, an <c>ownerid</c> that is not a listed user is
/// taken as a team (Dataverse owners are users or teams, and teams are not exported as users).
/// A manager who is not listed counts as enabled: only an explicit <c>isdisabled</c> disables.
/// </summary>
public sealed class UserDirectory
{
    private readonly Dictionary<string, SystemUser> _users = new(StringComparer.Ordinal);

    private UserDirectory(bool listed)
    {
        IsListed = listed;
    }

    /// <summary>False when no users file was given.</summary>
    public bool IsListed { get; }

    public static UserDirectory None { get; } = new(false);

    public string? FullNameOf(string id) => _users.TryGetValue(id, out var user) ? user.FullName : null;

    public AccountOwnership OwnershipOf(string? ownerId)
    {
        if (ownerId is null) return new AccountOwnership();
        if (!IsListed) return new AccountOwnership { OwningUserId = ownerId, OwningUserEnabled = true };
        if (!_users.TryGetValue(ownerId, out var owner)) return new AccountOwnership { OwningTeamId = ownerId };
        var manager = owner.ManagerId;
        return new AccountOwnership
        {
            OwningUserId = ownerId,
            OwningUserEnabled = !owner.IsDisabled,
            ManagerId = manager,
            ManagerEnabled = manager is not null && !(_users.TryGetValue(manager, out var boss) && boss.IsDisabled),
        };
    }

    public static UserDirectory Read(string? path, ColumnMap.ForFile? map = null)
    {
        if (path is null) return None;
        using var file = CsvFile.Open(path, map);
        return Read(file);
    }

    /// <summary>The users of a CSV file or of a table read from an org; <see cref="None"/> without one.</summary>
    public static UserDirectory Read(IInputTable? file)
    {
        if (file is null) return None;
        file.Require(UserColumns.SystemUserId);
        var directory = new UserDirectory(true);
        foreach (var row in file.Rows())
        {
            var id = row[UserColumns.SystemUserId];
            if (id.Length == 0) throw new UserMistakeException(string.Format(CliMessages.UserIdEmpty, file.Label, row.Line));
            var disabledText = row[UserColumns.IsDisabled];
            if (!CsvFlags.TryParse(disabledText, out var disabled))
            {
                throw new UserMistakeException(string.Format(
                    CliMessages.UserValueInvalid, file.Label, row.Line, UserColumns.IsDisabled, disabledText, CliMessages.KindYesNo));
            }
            var parent = row[UserColumns.ParentSystemUserId];
            var user = new SystemUser(row[UserColumns.FullName], parent.Length == 0 ? null : parent, disabled == true);
            if (!directory._users.TryAdd(id, user))
            {
                throw new UserMistakeException(string.Format(CliMessages.UserIdDuplicate, file.Label, row.Line, id));
            }
        }
        return directory;
    }

    private sealed record SystemUser(string FullName, string? ManagerId, bool IsDisabled);
}
