using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Solution.Emulation;
using CrmTiering.Workflows;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>The installed solution's pipeline, workflow host and two processes, with the XAML step names of their activities.</summary>
public sealed class TieringProcesses
{
    public static readonly string Evaluate = SolutionProcesses.StepOf<EvaluateTierMovement>(SolutionProcesses.FollowUpName);
    public static readonly string CreateTask = SolutionProcesses.StepOf<CreateTierFollowUpTask>(SolutionProcesses.FollowUpName);
    public static readonly string Review = SolutionProcesses.StepOf<ReviewAccountTier>(SolutionProcesses.QuarterlyReviewName);

    public TieringProcesses(TieringOrganization org)
    {
        Pipeline = org.Solution.Pipeline;
        Host = org.Solution.Host;
        FollowUp = org.Solution.Processes.FollowUp;
        QuarterlyReview = org.Solution.Processes.QuarterlyReview;
    }

    public EventPipeline Pipeline { get; }

    public ProcessHost Host { get; }

    public WorkflowProcess FollowUp { get; }

    public WorkflowProcess QuarterlyReview { get; }
}
