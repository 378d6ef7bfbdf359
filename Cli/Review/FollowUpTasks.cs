using System.Collections.Generic;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Choices;
using CrmTiering.Core.FollowUp;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Review;

/// <summary>
/// The follow-up tasks a run would create (R14), from Core's planner. A task is assumed to stay open
/// for one review period: open from the review that created it until the next review, so a
/// same-kind movement at that next review updates it (Core's merge: description appended, earlier
/// due, higher priority); any later one creates a new task.
/// </summary>
public sealed class FollowUpTasks
{
    private readonly TierPolicy _policy;
    private readonly UserDirectory _users;
    private readonly string _currencyCode;
    private readonly Dictionary<string, OpenTask> _open = new();

    public FollowUpTasks(TierPolicy policy, UserDirectory users, string currencyCode)
    {
        _policy = policy;
        _users = users;
        _currencyCode = currencyCode;
    }

    /// <summary>Tasks Core planned but could not assign (no enabled manager, owner, team or fallback owner).</summary>
    public int Unassigned { get; private set; }

    /// <summary>The task created or updated by this step, or null when the movement needs none.</summary>
    public FollowUpTask? Consider(ReviewStep step)
    {
        var evaluation = step.Evaluation;
        if (!FollowUpPlanner.NeedsTask(evaluation.Movement, evaluation.Source, _policy)) return null;
        var plan = FollowUpPlanner.Plan(new FollowUpRequest(
            _policy, step.Account.Id, evaluation.Movement, evaluation.PreviousTier?.Value, evaluation.Tier.Value, evaluation.Window.AsOfUtc)
        {
            AccountName = step.Account.Name,
            Reason = evaluation.Explanation,
            EffectiveRevenue = evaluation.Revenue.Effective,
            CurrencyCode = _currencyCode,
            Ownership = _users.OwnershipOf(step.Account.OwnerId),
        });
        if (plan.Owner is null)
        {
            Unassigned++;
            return null;
        }

        if (_open.TryGetValue(plan.DedupKey, out var open) && open.CreatedAtReview == step.DateIndex - 1)
        {
            var merged = FollowUpPlanner.Merge(open.Task, plan);
            _open[plan.DedupKey] = open with { Task = merged };
            return new FollowUpTask(step, FollowUpAction.Updated, open.Plan with
            {
                Description = merged.Description,
                DueUtc = merged.DueUtc ?? plan.DueUtc,
                Priority = merged.Priority,
            });
        }

        _open[plan.DedupKey] = new OpenTask(step.DateIndex, plan, new OpenFollowUpTask
        {
            Description = plan.Description,
            DueUtc = plan.DueUtc,
            Priority = plan.Priority,
        });
        return new FollowUpTask(step, FollowUpAction.Created, plan);
    }

    private sealed record OpenTask(int CreatedAtReview, FollowUpPlan Plan, OpenFollowUpTask Task);
}
