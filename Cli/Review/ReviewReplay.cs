using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
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
    /// <param name="progress">Advanced by the accounts evaluated (a long run's bar), if given.</param>
    public IEnumerable<ReviewStep> Run(string? only = null, RowProgress? progress = null)
    {
        foreach (var (step, _) in Run<object?>(null, only, progress)) yield return step;
    }

    /// <summary>
    /// The steps with what <paramref name="alongside"/> makes of each (an output line, say), made on
    /// the evaluating threads, so a caller that only writes it out keeps one core for writing. Blocks
    /// of accounts are evaluated a few ahead of the caller; a block waits for the same accounts'
    /// block at the previous date, so an account's review always starts from its previous state.
    /// </summary>
    public IEnumerable<(ReviewStep Step, T Alongside)> Run<T>(Func<ReviewStep, T>? alongside, string? only = null, RowProgress? progress = null)
    {
        var policy = _inputs.Policies[_policyIndex];
        var accounts = _inputs.Accounts.Accounts;
        var states = new StoredTierState[accounts.Count];
        var dates = _inputs.Dates.Dates;
        var blocksPerDate = (accounts.Count + BlockSize - 1) / BlockSize;
        var count = blocksPerDate * dates.Count;
        if (count == 0) yield break;
        var windows = dates.Select(date => EvaluationWindow.OnDate(policy, date)).ToArray();

        void Fill(int k, Block<T> block)
        {
            var d = k / blocksPerDate;
            var first = (k % blocksPerDate) * BlockSize;
            var window = windows[d];
            var keepStates = d < dates.Count - 1;
            block.Count = Math.Min(BlockSize, accounts.Count - first);
            for (var i = 0; i < block.Count; i++)
            {
                var step = Evaluate(policy, window, accounts, states, d, first + i, only, keepStates);
                block.Steps[i] = step;
                block.Values[i] = step is not null && alongside is not null ? alongside(step) : default!;
            }
        }

        var workers = only == null ? Environment.ProcessorCount : 1;
        using var blocks = new OrderedBlocks<Block<T>>(count, blocksPerDate, workers, workers * 2, () => new Block<T>(), Fill);
        for (var k = 0; k < count; k++)
        {
            var block = blocks.Take(k);
            for (var i = 0; i < block.Count; i++)
            {
                if (block.Steps[i] is { } step) yield return (step, block.Values[i]);
            }
            progress?.Advance(block.Count);
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
