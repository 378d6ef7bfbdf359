using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Evaluation;

/// <summary>Everything one evaluation of one account needs.</summary>
public sealed record EvaluationRequest
{
    public EvaluationRequest(TierPolicy policy, EvaluationWindow window, AccountFacts account)
    {
        Policy = policy;
        Window = window;
        Account = account;
    }

    public TierPolicy Policy { get; init; }

    public EvaluationWindow Window { get; init; }

    public AccountFacts Account { get; init; }

    /// <summary>
    /// The account's revenue in <see cref="Window"/>. Null = revenue did not change: the stored
    /// revenue columns and revenue tier of <see cref="Previous"/> are reused (a value-factor or
    /// override edit, which must not run aggregate queries).
    /// </summary>
    public RevenueFacts? Revenue { get; init; } = RevenueFacts.None;

    /// <summary>The stored columns before this evaluation; <see cref="StoredTierState.Empty"/> for a new account.</summary>
    public StoredTierState Previous { get; init; } = StoredTierState.Empty;

    /// <summary>The source of a tier change unless it was caused only by an override (then <see cref="MovementSource.Override"/>).</summary>
    public MovementSource Source { get; init; } = MovementSource.Plugin;

    /// <summary>The organisation's base currency code, shown after amounts in the explanation.</summary>
    public string CurrencyCode { get; init; } = string.Empty;
}
