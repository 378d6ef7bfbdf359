using System;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.FollowUp;

/// <summary>A recorded tier movement that may need a follow-up task (the <c>ctier_tierchange</c> row and its account).</summary>
public sealed record FollowUpRequest
{
    public FollowUpRequest(TierPolicy policy, string accountId, TierMovement movement, int? fromTier, int toTier, DateTime asOfUtc)
    {
        Policy = policy;
        AccountId = accountId;
        Movement = movement;
        FromTier = fromTier;
        ToTier = toTier;
        AsOfUtc = asOfUtc;
    }

    public TierPolicy Policy { get; init; }

    public string AccountId { get; init; }

    public string AccountName { get; init; } = string.Empty;

    public TierMovement Movement { get; init; }

    public int? FromTier { get; init; }

    public int ToTier { get; init; }

    /// <summary>The evaluation's as-of instant (the row's calculated on): due dates count from it.</summary>
    public DateTime AsOfUtc { get; init; }

    /// <summary>The row's reason (the explanation).</summary>
    public string Reason { get; init; } = string.Empty;

    public decimal? EffectiveRevenue { get; init; }

    public string CurrencyCode { get; init; } = string.Empty;

    public AccountOwnership Ownership { get; init; } = new AccountOwnership();
}
