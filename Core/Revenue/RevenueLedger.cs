using System;
using System.Collections.Generic;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// The revenue of many accounts at several windows, kept in flat arrays indexed by a dense
/// account index (no object per account or per record): the bulk form of
/// <see cref="RevenueAccumulator"/>, applying the same R5/R6 rules record by record — state
/// filters, dating (invoices by delivery, else creation), nulls as 0, negatives as they are.
/// The open pipeline is kept as its weighted sum only (Σ value × probability, divided by 100 when
/// read), which is all the evaluation uses. Ledgers filled in parallel from parts of the same
/// files are combined with <see cref="Absorb"/>; decimal sums of money are exact, so the order of
/// the records does not change a total.
/// </summary>
public sealed class RevenueLedger
{
    private readonly IReadOnlyList<EvaluationWindow> _windows;
    private readonly InvoiceAmount _invoiceAmount;
    private readonly int _windowCount;
    private readonly int[] _startDay;
    private readonly int[] _asOfDay;
    private readonly int[] _horizonDay;
    // One record per account and window, so a row's update reads one place (a cache line, or two
    // when a record straddles), not four arrays.
    private readonly Totals[] _totals;

    public RevenueLedger(TierPolicy policy, IReadOnlyList<EvaluationWindow> windows, int accounts)
        : this(policy.InvoiceAmount, windows, accounts)
    {
    }

    private RevenueLedger(InvoiceAmount invoiceAmount, IReadOnlyList<EvaluationWindow> windows, int accounts)
    {
        _windows = windows;
        _invoiceAmount = invoiceAmount;
        _windowCount = windows.Count;
        _startDay = new int[_windowCount];
        _asOfDay = new int[_windowCount];
        _horizonDay = new int[_windowCount];
        for (var w = 0; w < _windowCount; w++)
        {
            _startDay[w] = Day(windows[w].Start);
            _asOfDay[w] = Day(windows[w].AsOfDate);
            _horizonDay[w] = Day(windows[w].PipelineHorizon);
        }

        Accounts = accounts;
        _totals = new Totals[checked(accounts * _windowCount)];
    }

    public int Accounts { get; }

    public int WindowCount => _windowCount;

    /// <summary>A ledger of the same accounts and windows with nothing in it, for another thread's share of the records.</summary>
    public RevenueLedger EmptyCopy() => new RevenueLedger(_invoiceAmount, _windows, Accounts);

    /// <summary>Adds an opportunity of the account at <paramref name="account"/> (R5 won in the window, R6 open pipeline).</summary>
    public void Add(int account, OpportunityState state, decimal? actualValue, DateTime? actualCloseDate, decimal? estimatedValue, int? closeProbability, DateTime? estimatedCloseDate)
    {
        var slot = account * _windowCount;
        if (state == OpportunityState.Won && actualCloseDate is { } closed)
        {
            var day = Day(closed);
            var amount = actualValue ?? 0m;
            for (var w = 0; w < _windowCount; w++)
            {
                if (day <= _startDay[w] || day > _asOfDay[w]) continue;
                ref var totals = ref _totals[slot + w];
                totals.Won += amount;
                totals.NoteCounted(day);
            }
        }
        else if (state == OpportunityState.Open && estimatedCloseDate is { } estimated)
        {
            var day = Day(estimated);
            var weighted = (estimatedValue ?? 0m) * (closeProbability ?? 0);
            for (var w = 0; w < _windowCount; w++)
            {
                if (day <= _horizonDay[w]) _totals[slot + w].PipelineTimes100 += weighted;
            }
        }
    }

    /// <summary>
    /// Reads an account's totals ahead of its adds: a bulk reader touches a whole batch first, so
    /// the batch's cache misses overlap instead of coming one add at a time. Returns a value only
    /// so that the read is not optimised away.
    /// </summary>
    public int Touch(int account) => _windowCount == 0 ? 0 : _totals[account * _windowCount].OldestDayPlusOne;

    /// <summary>Adds an invoice of the account at <paramref name="account"/> (R5: Paid, dated in the window).</summary>
    public void Add(int account, InvoiceState state, decimal? totalAmount, decimal? totalAmountLessFreight, DateTime? deliveredOn, DateTime? createdOn)
    {
        if (state != InvoiceState.Paid || (deliveredOn ?? createdOn) is not { } dated) return;
        var slot = account * _windowCount;
        var day = Day(dated);
        var amount = (_invoiceAmount == InvoiceAmount.Net ? totalAmountLessFreight : totalAmount) ?? 0m;
        for (var w = 0; w < _windowCount; w++)
        {
            if (day <= _startDay[w] || day > _asOfDay[w]) continue;
            ref var totals = ref _totals[slot + w];
            totals.Paid += amount;
            totals.NoteCounted(day);
        }
    }

    /// <summary>Adds another ledger of the same accounts and windows into this one (parallel parts of one run).</summary>
    public void Absorb(RevenueLedger other)
    {
        if (other.Accounts != Accounts || other._windowCount != _windowCount)
        {
            throw new ArgumentException("Only a ledger of the same accounts and windows can be absorbed.", nameof(other));
        }

        for (var slot = 0; slot < _totals.Length; slot++)
        {
            ref var mine = ref _totals[slot];
            ref readonly var theirs = ref other._totals[slot];
            mine.Won += theirs.Won;
            mine.Paid += theirs.Paid;
            mine.PipelineTimes100 += theirs.PipelineTimes100;
            if (theirs.OldestDayPlusOne != 0 && (mine.OldestDayPlusOne == 0 || theirs.OldestDayPlusOne < mine.OldestDayPlusOne)) mine.OldestDayPlusOne = theirs.OldestDayPlusOne;
        }
    }

    /// <summary>The facts of an account in the window at <paramref name="window"/>.</summary>
    public RevenueFacts FactsAt(int account, int window)
    {
        ref readonly var totals = ref _totals[(account * _windowCount) + window];
        var oldest = totals.OldestDayPlusOne;
        return RevenueFacts.FromTotals(
            totals.Won,
            totals.Paid,
            totals.PipelineTimes100 / 100m,
            oldest == 0 ? null : new DateTime((oldest - 1) * TimeSpan.TicksPerDay));
    }

    /// <summary>Days since 0001-01-01: the calendar date, as R1 compares them.</summary>
    private static int Day(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);

    /// <summary>An account's sums in one window, and the oldest counted day + 1 (0 = none).</summary>
    private struct Totals
    {
        public decimal Won;
        public decimal Paid;
        public decimal PipelineTimes100;
        public int OldestDayPlusOne;

        public void NoteCounted(int day)
        {
            if (OldestDayPlusOne == 0 || day + 1 < OldestDayPlusOne) OldestDayPlusOne = day + 1;
        }
    }
}
