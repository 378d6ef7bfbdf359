extern alias workflows;

using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Workflows;
using workflows::CrmTiering.Workflows;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The solution's two processes (Solution/src/Workflows) on the emulator's workflow host, with the
/// trigger, scope, steps and condition of their XAML: the background "Tier follow-up" on Create of a
/// tier-change row, and the on-demand "Quarterly tier review" an admin runs over the accounts.
/// </summary>
public sealed class TieringProcesses
{
    private const string EvaluateStep = "CustomActivityStep1";
    private const string CreateTaskStep = "CustomActivityStep4";
    private const string ReviewStep = "CustomActivityStep1";

    public TieringProcesses(ProcessHost host, Guid ownerId)
    {
        FollowUp = host.Register(new WorkflowProcess("Tier follow-up", "ctier_tierchange", ownerId)
            {
                Trigger = ProcessTrigger.OnCreate("ctier_tierchange"),
                Scope = ProcessScope.Organization,
            }
            .Then(EvaluateStep, () => new EvaluateTierMovement(), run => new Dictionary<string, object> { ["TierChange"] = run.Record })
            .Then(CreateTaskStep, () => new CreateTierFollowUpTask(), run => new Dictionary<string, object> { ["TierChange"] = run.Record },
                when: run => run.Output<bool>(EvaluateStep, "NeedsTask")));
        QuarterlyReview = host.Register(new WorkflowProcess("Quarterly tier review", "account", ownerId)
            {
                OnDemand = true,
                Scope = ProcessScope.Organization,
            }
            .Then(ReviewStep, () => new ReviewAccountTier(), run => new Dictionary<string, object> { ["Account"] = run.Record }));
    }

    public WorkflowProcess FollowUp { get; }

    public WorkflowProcess QuarterlyReview { get; }
}
