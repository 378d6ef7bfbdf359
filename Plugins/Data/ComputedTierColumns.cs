using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The account columns only the tiering plug-ins write (DESIGN: every <c>ctier_</c> account column except
/// the inputs, <c>ctier_recalcrequestedon</c> and <c>ctier_lastreviewedon</c>). The one definition: the
/// protection step's filtering attributes and its checks both use it. The platform's <c>_base</c> twins
/// are left out because no caller can write them anyway.
/// </summary>
public static class ComputedTierColumns
{
    public static IReadOnlyList<string> All { get; } = new[]
    {
        AccountColumns.Tier, AccountColumns.RevenueTier, AccountColumns.PreviousTier, AccountColumns.OnboardingTier,
        AccountColumns.HighestTier, AccountColumns.LastMovement, AccountColumns.TierChangedOn, AccountColumns.RevenueTierChangedOn,
        AccountColumns.EffectiveRevenue, AccountColumns.WonRevenue, AccountColumns.PaidRevenue, AccountColumns.ValueScore,
        AccountColumns.ShareOfWallet, AccountColumns.Quadrant, AccountColumns.BelowPeak, AccountColumns.Reason,
        AccountColumns.NextEvaluationOn, AccountColumns.CalculationStatus, AccountColumns.CalculationError,
        AccountColumns.CalculatedOn, AccountColumns.NextContactDue,
    };

    public static bool Contains(string column) => All.Contains(column, StringComparer.Ordinal);
}
