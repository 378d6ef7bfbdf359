using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Calibration;

/// <summary>A calibrated policy and the figures behind it.</summary>
public sealed record CalibrationResult(TierPolicy Policy, string Json, decimal Tier1Threshold, decimal Tier2Threshold, int AccountsCounted, decimal TotalRevenue);
