namespace CrmTiering.Cli.Report;

/// <summary>An account whose tier is worse than the best it ever reached (R17), as the report lists it.</summary>
public sealed record BelowPeakAccount(string Id, string Name, string Tier, string HighestTier, int PositionsBelowPeak, decimal EffectiveRevenue);
