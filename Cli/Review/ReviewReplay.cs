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
    // Small blocks: what a block holds (steps, explanations, lines) dies young instead of being
    // promoted, which kept a million-account review 600 MB larger with blocks of 4 096.
    private const int BlockSize = 256;
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
        foreach (var (step, _) in Run<object?>(null, only)) yield return step;
    }

    /// <summary>
    /// The steps with what <paramref name="alongside"/> makes of each (an output line, say), made on
    /// the evaluating threads, so a caller that only writes it out keeps one core for writing. While
    /// the caller takes one block, the next is evaluated; blocks follow one another, so an account's
    /// review always starts from its previous date's state.
    /// </summary>
    public IEnumerable<(ReviewStep Step, T Alongside)> Run<T>(Func<ReviewStep, T>? alongside, string? only = null)
    {
        var policy = _inputs.Policies[_policyIndex];
        var accounts = _inputs.Accounts.Accounts;
        var states = new StoredTierState[accounts.Count];
        var dates = _inputs.Dates.Dates;
        var buffers = new[] { new Block<T>(), new Block<T>() };
        var parallelism = only == null ? Environment.ProcessorCount : 1;
        var plan = new List<(int Date, int First, int Count)>();
        for (var d = 0; d < dates.Count; d++)
        {
            for (var first = 0; first < accounts.Count; first += BlockSize) plan.Add((d, first, Math.Min(BlockSize, accounts.Count - first)));
        }

        void Fill(int k)
        {
            var (d, first, count) = plan[k];
            var window = EvaluationWindow.OnDate(policy, dates[d]);
            var keepStates = d < dates.Count - 1;
            var block = buffers[k % 2];
            block.Count = count;
            // Accounts are independent within a date: a block is evaluated on every core.
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                var step = Evaluate(policy, window, accounts, states, d, first + i, only, keepStates);
                block.Steps[i] = step;
                block.Values[i] = step is not null && alongside is not null ? alongside(step) : default!;
            });
        }

        if (plan.Count == 0) yield break;
        Fill(0);
        Task? next = null;
        try
        {
            for (var k = 0; k < plan.Count; k++)
            {
                var following = k + 1;
                next = following < plan.Count ? Task.Run(() => Fill(following)) : null;
                var block = buffers[k % 2];
                for (var i = 0; i < block.Count; i++)
                {
                    if (block.Steps[i] is { } step) yield return (step, block.Values[i]);
                }
                next?.GetAwaiter().GetResult();
                next = null;
            }
        }
        finally
        {
            // A caller that stops early (an error writing its output) must not leave a block evaluating behind it.
            if (next is not null) try { next.Wait(); } catch (AggregateException) { }
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

    /// <summary>One block's steps (null where an account is not reviewed) and what was made of them.</summary>
    private sealed class Block<T>
    {
        public ReviewStep?[] Steps { get; } = new ReviewStep?[BlockSize];

        public T[] Values { get; } = new T[BlockSize];

        public int Count { get; set; }
    }
}
