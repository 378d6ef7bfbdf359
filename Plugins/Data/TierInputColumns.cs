using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The account columns people set to steer a tier: the six value factors, effort to manage, expected
/// annual revenue and the override with its reason and end date.
/// </summary>
public static class TierInputColumns
{
    /// <summary>Whole numbers a user scores from 0 to 10 (R10, R15).</summary>
    public static IReadOnlyList<string> Scores { get; } =
        ValueFactorNames.All.Select(ValueFactorNames.Column).Concat(new[] { AccountColumns.EffortToManage }).ToArray();

    public static IReadOnlyList<string> Override { get; } = new[]
    {
        AccountColumns.TierOverride, AccountColumns.TierOverrideReason, AccountColumns.TierOverrideUntil,
    };

    public static IReadOnlyList<string> All { get; } =
        Scores.Concat(new[] { AccountColumns.ExpectedAnnualRevenue }).Concat(Override).ToArray();

    public const int LowestScore = 0;

    public const int HighestScore = 10;
}
