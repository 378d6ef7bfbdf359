using System.Collections.Generic;
using CrmTiering.Cli.Report;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Simulate;

/// <summary>A finished simulation: its quarters for the console and the model of its HTML report.</summary>
public sealed record SimulationOutcome(SimulationSettings Settings, TierPolicy Policy, IReadOnlyList<QuarterResult> Quarters, TierReport Report);
