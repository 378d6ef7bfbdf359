extern alias workflows;

using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Workflows;
using workflows::CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>
/// The two processes of Solution/src/Workflows, registered on the emulator's workflow host with
/// the same trigger, scope, steps and condition as their XAML (ProcessXamlTests pins the XAML side).
/// </summary>
public sealed class TieringProcesses
{
    public const string Evaluate = "CustomActivityStep1";
    public const string CreateTask = "CustomActivityStep4";
    public const string Review = "CustomActivityStep1";

    public TieringProcesses(TieringOrganization org)
    {
        Pipeline = EventPipeline.Attach(org.Organization);
        Host = new ProcessHost(Pipeline);
        FollowUp = Host.Register(new WorkflowProcess("Tier follow-up", "ctier_tierchange", org.ProcessOwner)
            {
                Trigger = ProcessTrigger.OnCreate("ctier_tierchange"),
                Scope = ProcessScope.Organization,
            }
            .Then(Evaluate, () => new EvaluateTierMovement(), run => new Dictionary<string, object> { ["TierChange"] = run.Record })
            .Then(CreateTask, () => new CreateTierFollowUpTask(), run => new Dictionary<string, object> { ["TierChange"] = run.Record },
                when: run => run.Output<bool>(Evaluate, "NeedsTask")));
        QuarterlyReview = Host.Register(new WorkflowProcess("Quarterly tier review", "account", org.ProcessOwner)
            {
                OnDemand = true,
                Scope = ProcessScope.Organization,
            }
            .Then(Review, () => new ReviewAccountTier(), run => new Dictionary<string, object> { ["Account"] = run.Record }));
    }

    public EventPipeline Pipeline { get; }

    public ProcessHost Host { get; }

    public WorkflowProcess FollowUp { get; }

    public WorkflowProcess QuarterlyReview { get; }
}
