using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Calibration;

/// <summary>A calibrated policy and the figures behind it.</summary>
public sealed record CalibrationResult(TierPolicy Policy, string Json, decimal Tier1Threshold, decimal Tier2Threshold, int AccountsCounted, decimal TotalRevenue);

/// <summary>One account's effective revenue (rounded, R3) for calibration.</summary>
public sealed record CalibrationAccount(string AccountId, decimal EffectiveRevenue);
