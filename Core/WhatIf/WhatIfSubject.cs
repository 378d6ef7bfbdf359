using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;

namespace CrmTiering.Core.WhatIf;

/// <summary>
/// One account for a what-if: its revenue under each policy (window length, invoice amount and
/// pipeline may differ between policies) and the state both evaluations start from
/// (<see cref="StoredTierState.Empty"/> = a fresh classification without hysteresis).
/// </summary>
public sealed record WhatIfSubject(AccountFacts Account, RevenueFacts RevenueUnderCurrent, RevenueFacts RevenueUnderProposed)
{
    public StoredTierState Previous { get; init; } = StoredTierState.Empty;
}
