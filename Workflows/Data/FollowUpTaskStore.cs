using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.FollowUp;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Workflows.Data;

/// <summary>
/// Follow-up tasks as Dataverse stores them. "The open task of this kind for this account" is an
/// open task regarding the account that a tier-change row of the same movement links: the link
/// the activity writes is what marks the kind, so no column is added to the task table.
/// </summary>
public static class FollowUpTaskStore
{
    public const string TableName = "task";

    private const string LinkAlias = "change";

    /// <summary>The open follow-up task of <paramref name="kind"/> for the account (the oldest, if several), read as the process owner.</summary>
    public static OpenFollowUp? FindOpen(IOrganizationService service, Guid accountId, TierMovement kind)
    {
        var query = new QueryExpression(TableName)
        {
            ColumnSet = new ColumnSet("description", "scheduledend", "prioritycode"),
            Distinct = true,
        };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, accountId);
        var change = query.AddLink(TierChangeColumns.Table, "activityid", TierChangeColumns.FollowUpTask, JoinOperator.Inner);
        change.EntityAlias = LinkAlias;
        change.LinkCriteria.AddCondition(TierChangeColumns.Account, ConditionOperator.Equal, accountId);
        change.LinkCriteria.AddCondition(TierChangeColumns.Movement, ConditionOperator.Equal, (int)kind);
        query.AddOrder("createdon", OrderType.Ascending);

        var task = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (task is null)
        {
            return null;
        }

        var fields = new OpenFollowUpTask
        {
            Description = task.GetAttributeValue<string>("description") ?? string.Empty,
            DueUtc = task.GetAttributeValue<DateTime?>("scheduledend"),
            Priority = (TaskPriority)(task.GetAttributeValue<OptionSetValue>("prioritycode")?.Value ?? (int)TaskPriority.Normal),
        };
        return new OpenFollowUp(new EntityReference(TableName, task.Id), fields);
    }

    /// <summary>Creates the task through <paramref name="creator"/> (the process owner), regarding the account.</summary>
    public static EntityReference Create(IOrganizationService creator, FollowUpPlan plan, TaskOwner owner, EntityReference account)
    {
        var task = new Entity(TableName)
        {
            ["subject"] = plan.Subject,
            ["description"] = plan.Description,
            ["prioritycode"] = new OptionSetValue((int)plan.Priority),
            ["scheduledend"] = plan.DueUtc,
            ["regardingobjectid"] = new EntityReference(account.LogicalName, account.Id),
            ["ownerid"] = new EntityReference(owner.IsTeam ? "team" : "systemuser", Guid.Parse(owner.Id)),
        };
        return new EntityReference(TableName, creator.Create(task));
    }

    /// <summary>Writes a repeat's merged description, due date and priority; owner and subject stay.</summary>
    public static void Update(IOrganizationService writer, EntityReference task, OpenFollowUpTask merged)
    {
        writer.Update(new Entity(TableName, task.Id)
        {
            ["description"] = merged.Description,
            ["scheduledend"] = merged.DueUtc,
            ["prioritycode"] = new OptionSetValue((int)merged.Priority),
        });
    }

    /// <summary>Links the tier-change row to its task: the one history column the process owner may write (ProtectTierHistory lets it through).</summary>
    public static void Link(IOrganizationService service, Guid tierChangeId, EntityReference task) =>
        service.Update(new Entity(TierChangeColumns.Table, tierChangeId) { [TierChangeColumns.FollowUpTask] = task });
}
