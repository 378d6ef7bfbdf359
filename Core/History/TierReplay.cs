using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.History;

/// <summary>
/// Evaluates one account at successive as-of dates, each step starting from the state the previous
/// step stored — what Backfill and the CLI's <c>--every</c> do, so hysteresis, holds, onboarding,
/// highest and movements carry over exactly as if the evaluations had run on those dates.
/// </summary>
public static class TierReplay
{
    /// <param name="policy">The policy for every step.</param>
    /// <param name="account">The account (its override and factors as they are now).</param>
    /// <param name="windows">The as-of windows, oldest first.</param>
    /// <param name="revenueAt">The account's revenue in a window (aggregate queries or a <see cref="ReplayRevenueAccumulator"/>).</param>
    /// <param name="start">The state before the first step; <see cref="StoredTierState.Empty"/> rebuilds history from scratch.</param>
    /// <param name="source">The source of each step's tier changes (Backfill, Review).</param>
    /// <param name="currencyCode">Base currency code for the explanations.</param>
    public static IReadOnlyList<TierEvaluation> Run(
        TierPolicy policy,
        AccountFacts account,
        IEnumerable<EvaluationWindow> windows,
        Func<EvaluationWindow, RevenueFacts> revenueAt,
        StoredTierState start,
        MovementSource source,
        string currencyCode)
    {
        var results = new List<TierEvaluation>();
        var state = start;
        foreach (var window in windows)
        {
            var result = TierEvaluator.Evaluate(new EvaluationRequest(policy, window, account)
            {
                Revenue = revenueAt(window),
                Previous = state,
                Source = source,
                CurrencyCode = currencyCode,
            });
            results.Add(result);
            state = result.State;
        }

        return results;
    }
}
