using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Report;

/// <summary>An account's stored tier columns at the end of a report period.</summary>
/// <param name="HighestTier">The best tier ever reached; null before the first evaluation.</param>
/// <param name="BelowPeak">R17, as the review flags or the stored <c>ctier_belowpeak</c> say.</param>
public sealed record AccountSnapshot(string Id, string Name, TierDefinition Tier, TierDefinition? HighestTier, bool BelowPeak, Quadrant Quadrant, decimal EffectiveRevenue);
