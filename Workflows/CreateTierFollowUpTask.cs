using System;
using System.Activities;
using CrmTiering.Core.FollowUp;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Workflows.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Workflows;

/// <summary>
/// R14: creates the follow-up task for a Tier 1 slip or a surge, or updates the one already open
/// for the account and kind, and links the tier-change row to it. Everything is read and written as
/// the user the process runs as (its owner; not SYSTEM, which activities cannot be), never as the rep. A row that
/// needs no task (or already links one, when a job is retried) leaves everything unchanged.
/// </summary>
public sealed class CreateTierFollowUpTask : WorkflowActivityBase
{
    [RequiredArgument]
    [Input("Tier change")]
    [ReferenceTarget(TierChangeColumns.Table)]
    public InArgument<EntityReference> TierChange { get; set; } = new InArgument<EntityReference>();

    [Output("Follow-up task")]
    [ReferenceTarget(FollowUpTaskStore.TableName)]
    public OutArgument<EntityReference> FollowUpTask { get; set; } = new OutArgument<EntityReference>();

    protected override void ExecuteCore(LocalWorkflowContext context)
    {
        var activity = context.ActivityContext;
        var owner = context.ProcessUserService;
        var row = TierChangeRow.Load(owner, TierChange.Get(activity), nameof(CreateTierFollowUpTask));
        var policy = TierPolicySource.Read(owner);
        if (!FollowUpPlanner.NeedsTask(row.Movement, row.Source, policy))
        {
            context.Trace($"Tier change {row.Id} ({row.Movement}, source {row.Source}) needs no follow-up task.");
            return;
        }

        if (row.FollowUpTask is not null)
        {
            context.Trace($"Tier change {row.Id} already links task {row.FollowUpTask.Id}: nothing to do.");
            FollowUpTask.Set(activity, row.FollowUpTask);
            return;
        }

        var account = AccountOwnershipSource.Read(owner, row.Account.Id);
        var plan = FollowUpPlanner.Plan(new FollowUpRequest(
            policy, row.Account.Id.ToString(), row.Movement, row.FromTier, row.ToTier ?? policy.LastTier.Value, AsOf(row, context))
        {
            AccountName = account.Name,
            Reason = row.Reason,
            EffectiveRevenue = row.EffectiveRevenue,
            CurrencyCode = row.CurrencyCode,
            Ownership = account.Ownership,
        });
        foreach (var line in plan.Trace)
        {
            context.Trace(line);
        }

        var task = Write(context, plan, row);
        if (task is not null)
        {
            FollowUpTaskStore.Link(owner, row.Id, task);
            FollowUpTask.Set(activity, task);
        }
    }

    private static EntityReference? Write(LocalWorkflowContext context, FollowUpPlan plan, TierChangeRow row)
    {
        var open = FollowUpTaskStore.FindOpen(context.ProcessUserService, row.Account.Id, plan.Kind);
        if (open is not null)
        {
            FollowUpTaskStore.Update(context.ProcessUserService, open.Task, FollowUpPlanner.Merge(open.Fields, plan));
            context.Trace($"Updated the open {plan.Kind} task {open.Task.Id} of account {row.Account.Id}.");
            return open.Task;
        }

        if (plan.Owner is null)
        {
            return null;
        }

        if (plan.Owner.Source == TaskOwnerSource.Fallback && !Guid.TryParse(plan.Owner.Id, out _))
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.FallbackOwnerNotAUser, plan.Owner.Id));
        }

        var task = FollowUpTaskStore.Create(context.ProcessUserService, plan, plan.Owner, row.Account);
        context.Trace($"Created {plan.Kind} task {task.Id} for {plan.Owner.Source} {plan.Owner.Id}.");
        return task;
    }

    /// <summary>Due dates count from the evaluation that recorded the row, not from when this job runs.</summary>
    private static DateTime AsOf(TierChangeRow row, LocalWorkflowContext context) =>
        DateTime.SpecifyKind(row.CalculatedOn ?? context.WorkflowContext.OperationCreatedOn, DateTimeKind.Utc);
}
