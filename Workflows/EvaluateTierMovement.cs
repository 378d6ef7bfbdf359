using System.Activities;
using CrmTiering.Core.Choices;
using CrmTiering.Core.FollowUp;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Workflows.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Workflows;

/// <summary>
/// Reports the movement a tier-change row recorded, and whether it needs a follow-up task. It
/// reads the stored row and never recomputes: by the time a background job runs, the account may
/// have moved again, and each row must be judged on what it recorded.
/// </summary>
public sealed class EvaluateTierMovement : WorkflowActivityBase
{
    [RequiredArgument]
    [Input("Tier change")]
    [ReferenceTarget(TierChangeColumns.Table)]
    public InArgument<EntityReference> TierChange { get; set; } = new InArgument<EntityReference>();

    [Output("Movement")]
    [AttributeTarget(TierChangeColumns.Table, TierChangeColumns.Movement)]
    public OutArgument<OptionSetValue> Movement { get; set; } = new OutArgument<OptionSetValue>();

    [Output("From tier")]
    [AttributeTarget(TierChangeColumns.Table, TierChangeColumns.FromTier)]
    public OutArgument<OptionSetValue> FromTier { get; set; } = new OutArgument<OptionSetValue>();

    [Output("To tier")]
    [AttributeTarget(TierChangeColumns.Table, TierChangeColumns.ToTier)]
    public OutArgument<OptionSetValue> ToTier { get; set; } = new OutArgument<OptionSetValue>();

    [Output("Is Tier 1 slip")]
    public OutArgument<bool> IsSlip { get; set; } = new OutArgument<bool>();

    [Output("Is surge")]
    public OutArgument<bool> IsSurge { get; set; } = new OutArgument<bool>();

    [Output("Reason")]
    public OutArgument<string> Reason { get; set; } = new OutArgument<string>();

    [Output("Needs follow-up task")]
    public OutArgument<bool> NeedsTask { get; set; } = new OutArgument<bool>();

    protected override void ExecuteCore(LocalWorkflowContext context)
    {
        var activity = context.ActivityContext;
        var row = TierChangeRow.Load(context.ProcessUserService, TierChange.Get(activity), nameof(EvaluateTierMovement));

        // Core consults the policy only for an override movement: read it only then.
        var policy = row.Source == MovementSource.Override ? TierPolicySource.Read(context.ProcessUserService) : TierPolicy.Default;
        var needsTask = FollowUpPlanner.NeedsTask(row.Movement, row.Source, policy);

        Movement.Set(activity, new OptionSetValue((int)row.Movement));
        FromTier.Set(activity, row.FromTier is int from ? new OptionSetValue(from) : null!);
        ToTier.Set(activity, row.ToTier is int to ? new OptionSetValue(to) : null!);
        IsSlip.Set(activity, row.IsSlip);
        IsSurge.Set(activity, row.IsSurge);
        Reason.Set(activity, row.Reason);
        NeedsTask.Set(activity, needsTask);
        context.Trace($"Tier change {row.Id}: {row.Movement} from {row.FromTier} to {row.ToTier}, source {row.Source}; needs a task: {needsTask}.");
    }
}
