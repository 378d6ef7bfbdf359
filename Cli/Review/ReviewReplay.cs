using System.Collections.Generic;
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
        for (var d = 0; d < dates.Count; d++)
        {
            var window = EvaluationWindow.OnDate(policy, dates[d]);
            for (var a = 0; a < accounts.Count; a++)
            {
                var account = accounts[a];
                if (only != null && account.Id != only) continue;
                var facts = account.FactsFor(policy);
                if (facts.CreationDate is { } created && created > window.AsOfDate) continue;
                var evaluation = TierEvaluator.Evaluate(new EvaluationRequest(policy, window, facts)
                {
                    Revenue = _inputs.RevenueAt(_policyIndex, a, d),
                    Previous = states[a] ?? StoredTierState.Empty,
                    Source = MovementSource.Review,
                    CurrencyCode = _currencyCode,
                });
                // The last date's states are never read again: not keeping them halves a one-date review's memory.
                if (d < dates.Count - 1) states[a] = evaluation.State;
                yield return new ReviewStep(d, dates[d], a, account, evaluation);
            }
        }
    }
}
