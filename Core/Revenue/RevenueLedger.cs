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
    private readonly decimal[] _won;
    private readonly decimal[] _paid;
    private readonly decimal[] _pipelineTimes100;
    private readonly int[] _oldestDayPlusOne;

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
        var slots = checked(accounts * _windowCount);
        _won = new decimal[slots];
        _paid = new decimal[slots];
        _pipelineTimes100 = new decimal[slots];
        _oldestDayPlusOne = new int[slots];
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
                _won[slot + w] += amount;
                NoteCounted(slot + w, day);
            }
        }
        else if (state == OpportunityState.Open && estimatedCloseDate is { } estimated)
        {
            var day = Day(estimated);
            var weighted = (estimatedValue ?? 0m) * (closeProbability ?? 0);
            for (var w = 0; w < _windowCount; w++)
            {
                if (day <= _horizonDay[w]) _pipelineTimes100[slot + w] += weighted;
            }
        }
    }

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
            _paid[slot + w] += amount;
            NoteCounted(slot + w, day);
        }
    }

    /// <summary>Adds another ledger of the same accounts and windows into this one (parallel parts of one run).</summary>
    public void Absorb(RevenueLedger other)
    {
        if (other.Accounts != Accounts || other._windowCount != _windowCount)
        {
            throw new ArgumentException("Only a ledger of the same accounts and windows can be absorbed.", nameof(other));
        }

        for (var slot = 0; slot < _won.Length; slot++)
        {
            _won[slot] += other._won[slot];
            _paid[slot] += other._paid[slot];
            _pipelineTimes100[slot] += other._pipelineTimes100[slot];
            var theirs = other._oldestDayPlusOne[slot];
            if (theirs != 0 && (_oldestDayPlusOne[slot] == 0 || theirs < _oldestDayPlusOne[slot])) _oldestDayPlusOne[slot] = theirs;
        }
    }

    /// <summary>The facts of an account in the window at <paramref name="window"/>.</summary>
    public RevenueFacts FactsAt(int account, int window)
    {
        var slot = (account * _windowCount) + window;
        var oldest = _oldestDayPlusOne[slot];
        return RevenueFacts.FromTotals(
            _won[slot],
            _paid[slot],
            _pipelineTimes100[slot] / 100m,
            oldest == 0 ? null : new DateTime((oldest - 1) * TimeSpan.TicksPerDay));
    }

    private void NoteCounted(int slot, int day)
    {
        var current = _oldestDayPlusOne[slot];
        if (current == 0 || day + 1 < current) _oldestDayPlusOne[slot] = day + 1;
    }

    /// <summary>Days since 0001-01-01: the calendar date, as R1 compares them.</summary>
    private static int Day(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);
}
