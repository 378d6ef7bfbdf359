using System;
using System.Collections.Generic;
using CrmTiering.Cli.Report;

namespace CrmTiering.Cli.Simulate;

/// <summary>What one simulated quarter produced, read back from the organisation at its last day.</summary>
/// <param name="TierCounts">Accounts per tier at the quarter's end, best tier first.</param>
/// <param name="Movements">Tier-change rows written during the quarter, by movement.</param>
/// <param name="Tasks">Follow-up tasks created during the quarter, per owner (most first).</param>
/// <param name="Calls">Solution service calls per user event during the quarter.</param>
public sealed record QuarterResult(
    string Label,
    DateTime First,
    DateTime Last,
    IReadOnlyList<int> TierCounts,
    MovementCounts Movements,
    IReadOnlyList<TaskOwnerCount> Tasks,
    EventCalls Calls,
    int FailedJobs);
