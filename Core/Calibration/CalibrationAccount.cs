namespace CrmTiering.Core.Calibration;

/// <summary>One account's effective revenue (rounded, R3) for calibration.</summary>
public sealed record CalibrationAccount(string AccountId, decimal EffectiveRevenue);
