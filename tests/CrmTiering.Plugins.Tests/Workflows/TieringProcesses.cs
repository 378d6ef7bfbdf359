using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Solution.Emulation;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>The test organisation with a pipeline, the workflow host and the solution's two processes.</summary>
public sealed class TieringProcesses
{
    public const string Evaluate = SolutionProcesses.EvaluateStep;
    public const string CreateTask = SolutionProcesses.CreateTaskStep;
    public const string Review = SolutionProcesses.ReviewStep;

    public TieringProcesses(TieringOrganization org)
    {
        Pipeline = EventPipeline.Attach(org.Organization);
        Host = new ProcessHost(Pipeline);
        var processes = new SolutionProcesses(Host, org.ProcessOwner);
        FollowUp = processes.FollowUp;
        QuarterlyReview = processes.QuarterlyReview;
    }

    public EventPipeline Pipeline { get; }

    public ProcessHost Host { get; }

    public WorkflowProcess FollowUp { get; }

    public WorkflowProcess QuarterlyReview { get; }
}
