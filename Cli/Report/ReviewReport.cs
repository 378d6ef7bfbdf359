using System.Linq;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Review;

namespace CrmTiering.Cli.Report;

/// <summary>
/// The report of a <c>review</c> run: one period per review date, filled step by step as the
/// review streams, with the per-review movement of each step and the tasks the run created.
/// </summary>
public sealed class ReviewReport
{
    public const string Title = "Client tier review";
    public const string PeriodKind = "review";
    public const string SubtitleFormat = "{0} accounts reviewed at {1} dates, {2} to {3}";

    private readonly TierPolicy _policy;
    private readonly TierReportBuilder _builder;

    public ReviewReport(TierPolicy policy, ReviewDates dates, int accountCount)
    {
        _policy = policy;
        var labels = dates.Dates.Select(CsvDates.Format).ToArray();
        var subtitle = string.Format(SubtitleFormat, accountCount, labels.Length, labels[0], labels[labels.Length - 1]);
        _builder = new TierReportBuilder(policy, Title, subtitle, PeriodKind, labels);
    }

    public void Add(ReviewStep step)
    {
        var evaluation = step.Evaluation;
        var state = evaluation.State;
        var flags = ReviewFlags.For(_policy, state, null, step.AsOf);
        _builder.CountAccount(step.DateIndex, new AccountSnapshot(
            step.Account.Id,
            step.Account.Name,
            evaluation.Tier,
            _policy.FindTier(state.HighestTier),
            flags.BelowPeak,
            evaluation.Quadrant,
            state.EffectiveRevenue ?? 0m));
        _builder.CountMovement(step.DateIndex, evaluation.Movement);
    }

    public void AddTask(FollowUpTask task)
    {
        if (task.Action == FollowUpAction.Created) _builder.CountTask(task.Step.DateIndex);
    }

    public TierReport Build() => _builder.Build();
}
