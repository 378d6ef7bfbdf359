using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;

namespace CrmTiering.Core.FollowUp;

/// <summary>The follow-up task to create, or to merge into the open one with the same <see cref="DedupKey"/> (R14).</summary>
public sealed record FollowUpPlan
{
    public TierMovement Kind { get; init; }

    public string Subject { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public TaskPriority Priority { get; init; }

    /// <summary>As-of + the better tier's responseHours, in UTC calendar hours.</summary>
    public DateTime DueUtc { get; init; }

    /// <summary>Null: nobody to assign, create no task (see <see cref="Trace"/>).</summary>
    public TaskOwner? Owner { get; init; }

    /// <summary>Identifies "the open task of this kind for this account": at most one exists.</summary>
    public string DedupKey { get; init; } = string.Empty;

    public IReadOnlyList<string> Trace { get; init; } = Array.Empty<string>();
}
