using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Review;

/// <summary>
/// Evaluates every account at every review date, date by date, each review starting from the state
/// the account's previous review stored — so hysteresis, holds, onboarding, highest and movements
/// carry over as if the reviews had run on those dates. An account joins at the first review date
/// on or after its creation date (none → every date); its first evaluation is Initial.
/// Only the latest state per account is kept, so output streams date by date.
/// </summary>
public sealed class ReviewReplay
{
    private const int BlockSize = 4096;
    private readonly TieringInputs _inputs;
    private readonly int _policyIndex;
    private readonly string _currencyCode;

    public ReviewReplay(TieringInputs inputs, int policyIndex, string currencyCode)
    {
        _inputs = inputs;
        _policyIndex = policyIndex;
        _currencyCode = currencyCode;
    }

    /// <summary>The steps, review date by review date, accounts in file order.</summary>
    /// <param name="only">When set, evaluate only this account.</param>
    public IEnumerable<ReviewStep> Run(string? only = null)
    {
        var policy = _inputs.Policies[_policyIndex];
        var accounts = _inputs.Accounts.Accounts;
        var states = new StoredTierState[accounts.Count];
        var dates = _inputs.Dates.Dates;
        var block = new ReviewStep?[BlockSize];
        for (var d = 0; d < dates.Count; d++)
        {
            var window = EvaluationWindow.OnDate(policy, dates[d]);
            var keepStates = d < dates.Count - 1;
            for (var first = 0; first < accounts.Count; first += BlockSize)
            {
                var count = Math.Min(BlockSize, accounts.Count - first);
                var date = d;
                // Accounts are independent within a date: a block is evaluated on every core, then yielded in file order.
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = only == null ? Environment.ProcessorCount : 1 }, i =>
                {
                    block[i] = Evaluate(policy, window, accounts, states, date, first + i, only, keepStates);
                });
                for (var i = 0; i < count; i++)
                {
                    if (block[i] is { } step) yield return step;
                }
            }
        }
    }

    private ReviewStep? Evaluate(TierPolicy policy, EvaluationWindow window, IReadOnlyList<AccountEntry> accounts, StoredTierState[] states, int d, int a, string? only, bool keepStates)
    {
        var account = accounts[a];
        if (only != null && account.Id != only) return null;
        var facts = account.FactsFor(policy);
        if (facts.CreationDate is { } created && created > window.AsOfDate) return null;
        var evaluation = TierEvaluator.Evaluate(new EvaluationRequest(policy, window, facts)
        {
            Revenue = _inputs.RevenueAt(_policyIndex, a, d),
            Previous = states[a] ?? StoredTierState.Empty,
            Source = MovementSource.Review,
            CurrencyCode = _currencyCode,
        });
        // The last date's states are never read again: not keeping them halves a one-date review's memory.
        if (keepStates) states[a] = evaluation.State;
        return new ReviewStep(d, _inputs.Dates.Dates[d], a, account, evaluation);
    }
}
