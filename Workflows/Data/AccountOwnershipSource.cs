using System;
using System.Linq;
using CrmTiering.Core.FollowUp;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Workflows.Data;

/// <summary>
/// What R14's owner ladder needs to know about an account, in one query (as the process owner): its name, its
/// owner (user or team), whether the owning user is enabled, and their manager and whether the
/// manager is enabled.
/// </summary>
public sealed class AccountOwnershipSource
{
    private const string OwnerAlias = "owner";
    private const string ManagerAlias = "manager";

    private AccountOwnershipSource(string name, AccountOwnership ownership)
    {
        Name = name;
        Ownership = ownership;
    }

    public string Name { get; }

    public AccountOwnership Ownership { get; }

    public static AccountOwnershipSource Read(IOrganizationService service, Guid accountId)
    {
        var query = new QueryExpression(AccountColumns.Table) { ColumnSet = new ColumnSet(AccountColumns.Name, AccountColumns.Owner), TopCount = 1 };
        query.Criteria.AddCondition(AccountColumns.Id, ConditionOperator.Equal, accountId);
        var owner = query.AddLink("systemuser", "owninguser", "systemuserid", JoinOperator.LeftOuter);
        owner.EntityAlias = OwnerAlias;
        owner.Columns = new ColumnSet("isdisabled", "parentsystemuserid");
        var manager = owner.AddLink("systemuser", "parentsystemuserid", "systemuserid", JoinOperator.LeftOuter);
        manager.EntityAlias = ManagerAlias;
        manager.Columns = new ColumnSet("isdisabled");

        var account = service.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.AccountNotFound, accountId));

        var ownerId = account.GetAttributeValue<EntityReference>(AccountColumns.Owner);
        var isTeam = ownerId?.LogicalName == "team";
        var managerId = Aliased<EntityReference>(account, OwnerAlias, "parentsystemuserid");
        var ownership = new AccountOwnership
        {
            OwningUserId = ownerId is null || isTeam ? null : ownerId.Id.ToString(),
            OwningUserEnabled = !Aliased<bool>(account, OwnerAlias, "isdisabled"),
            ManagerId = isTeam ? null : managerId?.Id.ToString(),
            ManagerEnabled = managerId is not null && !Aliased<bool>(account, ManagerAlias, "isdisabled"),
            OwningTeamId = isTeam ? ownerId!.Id.ToString() : null,
        };
        return new AccountOwnershipSource(account.GetAttributeValue<string>(AccountColumns.Name) ?? string.Empty, ownership);
    }

    private static T? Aliased<T>(Entity row, string alias, string column) =>
        row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value is T value ? value : default;
}
