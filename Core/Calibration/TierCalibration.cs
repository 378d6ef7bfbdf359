using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Calibration;

/// <summary>
/// R19: thresholds from the revenue distribution (Pareto). Accounts sorted by effective revenue
/// descending, ties by account id (ordinal); accounts ≤ 0 ignored. Tier 1 is the smallest prefix
/// reaching 80 % of the total and its threshold the revenue of the account that crosses it; Tier 2
/// likewise at 95 %. Every other policy field is kept from the base policy.
/// </summary>
public static class TierCalibration
{
    public const decimal Tier1Share = 0.80m;
    public const decimal Tier2Share = 0.95m;

    public static CalibrationResult Calibrate(TierPolicy basePolicy, IEnumerable<CalibrationAccount> accounts)
    {
        if (basePolicy.Tiers.Count < 3)
        {
            throw new CalibrationException(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.TooFewTiers, basePolicy.Tiers.Count));
        }

        var ranked = accounts
            .Where(account => account.EffectiveRevenue > 0m)
            .OrderByDescending(account => account.EffectiveRevenue)
            .ThenBy(account => account.AccountId, StringComparer.Ordinal)
            .ToArray();
        if (ranked.Length == 0)
        {
            throw new CalibrationException(CalibrationMessages.NoRevenue);
        }

        var total = ranked.Sum(account => account.EffectiveRevenue);
        var tier1 = ThresholdAt(ranked, total * Tier1Share);
        var tier2 = ThresholdAt(ranked, total * Tier2Share);
        if (tier2 >= tier1)
        {
            throw new CalibrationException(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.NotDescending, tier1, tier2));
        }

        var thresholds = basePolicy.Tiers.Select(tier => tier.MinRevenue).ToArray();
        thresholds[0] = tier1;
        thresholds[1] = tier2;
        var json = basePolicy.WithThresholds(thresholds).ToJson();
        if (json.Length > PolicyMessages.MaxLength)
        {
            throw new CalibrationException(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.TooLong, json.Length));
        }

        var parsed = TierPolicy.TryParse(json);
        if (parsed.Policy is null)
        {
            throw new CalibrationException(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.Invalid, string.Join("\n", parsed.Problems)));
        }

        return new CalibrationResult(parsed.Policy, json, tier1, tier2, ranked.Length, total);
    }

    /// <summary>The revenue of the account whose running total first reaches <paramref name="target"/>.</summary>
    private static decimal ThresholdAt(IReadOnlyList<CalibrationAccount> ranked, decimal target)
    {
        var running = 0m;
        foreach (var account in ranked)
        {
            running += account.EffectiveRevenue;
            if (running >= target)
            {
                return account.EffectiveRevenue;
            }
        }

        return ranked[ranked.Count - 1].EffectiveRevenue;
    }
}
