using System;
using CrmTiering.Core.Choices;

namespace CrmTiering.Core.FollowUp;

/// <summary>The mergeable fields of an open (statecode 0) follow-up task.</summary>
public sealed record OpenFollowUpTask
{
    public string Description { get; init; } = string.Empty;

    public DateTime? DueUtc { get; init; }

    public TaskPriority Priority { get; init; }
}
