using System;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests;

/// <summary>Test builders with valid defaults: the default policy, a plain account, revenue facts.</summary>
internal static class Given
{
    public const int Tier1 = 512000000;
    public const int Tier2 = 512000001;
    public const int Tier3 = 512000002;

    /// <summary>The default policy, or the default JSON with one fragment replaced (e.g. a field's value).</summary>
    public static TierPolicy Policy(string? replace = null, string? with = null) =>
        replace is null ? TierPolicy.Default : TierPolicy.Parse(DefaultTierPolicy.Json.Replace(replace, with));

    /// <summary>
    /// A <c>ctier_tier</c> choice an org extended to ten options: the shipped choice has three, so a
    /// policy with more tiers (the engine's general case) parses only against such a choice.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<TierOption> TenTierChoice { get; } =
        System.Linq.Enumerable.Range(0, 10).Select(i => new TierOption(TierDefinition.FirstOptionValue + i, "Tier " + (i + 1))).ToArray();

    /// <summary>A policy parsed against <see cref="TenTierChoice"/>, for more than three tiers.</summary>
    public static TierPolicy PolicyWithManyTiers(string json) => TierPolicy.Parse(json, TenTierChoice);

    public static DateTime Date(int year, int month, int day) => new DateTime(year, month, day);

    public static AccountFacts Account(DateTime? createdOn = null) => new AccountFacts
    {
        AccountId = "acc-1",
        Name = "Contoso",
        CreatedOn = createdOn ?? new DateTime(2015, 1, 1),
    };

    public static RevenueFacts Won(decimal won, decimal paid = 0m) => RevenueFacts.FromAggregates(won, paid, null, null);

    public static EvaluationRequest Request(TierPolicy policy, DateTime asOfDate, RevenueFacts revenue, StoredTierState? previous = null, AccountFacts? account = null) =>
        new EvaluationRequest(policy, EvaluationWindow.OnDate(policy, asOfDate), account ?? Account())
        {
            Revenue = revenue,
            Previous = previous ?? StoredTierState.Empty,
            CurrencyCode = "EUR",
        };

    public static TierEvaluation Evaluate(TierPolicy policy, DateTime asOfDate, decimal effective, StoredTierState? previous = null, AccountFacts? account = null) =>
        TierEvaluator.Evaluate(Request(policy, asOfDate, Won(effective), previous, account));
}
