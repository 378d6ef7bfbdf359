using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Workflows;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The solution's two processes (Solution/src/Workflows) on the emulator's workflow host, with the
/// trigger, scope, steps and condition of their XAML (ProcessXamlTests pins the XAML side): the
/// background "Tier follow-up" on Update of a tier-change row's <c>ctier_needsfollowup</c> (never on
/// Create, so Initial and Backfill rows start no job), and the on-demand "Quarterly tier review".
/// Part of the Solution.Emulation project, with <see cref="EmulatorSteps"/>.
/// </summary>
public sealed class SolutionProcesses
{
    /// <summary>Step names as in the XAML, so a run's outputs are read by the same keys.</summary>
    public const string EvaluateStep = "CustomActivityStep1";
    public const string CreateTaskStep = "CustomActivityStep4";
    public const string ReviewStep = "CustomActivityStep1";

    /// <summary>The follow-up process's only trigger: a change of this tier-change column (TriggerOnUpdateAttributeList).</summary>
    public const string NeedsFollowUpColumn = "ctier_needsfollowup";

    /// <param name="host">The emulator's workflow host.</param>
    /// <param name="ownerId">The processes' owner: background workflows run as their owner.</param>
    public SolutionProcesses(ProcessHost host, Guid ownerId)
    {
        FollowUp = host.Register(new WorkflowProcess("Tier follow-up", "ctier_tierchange", ownerId)
            {
                Trigger = ProcessTrigger.OnUpdate("ctier_tierchange", NeedsFollowUpColumn),
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
