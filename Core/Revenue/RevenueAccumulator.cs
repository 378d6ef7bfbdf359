using System;
using System.Collections.Generic;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// Streams one account's records into its <see cref="RevenueFacts"/> for one window, applying
/// R5 and R6 per record: state filters, dating, nulls as 0, negatives as they are, records before
/// the account's creation included. Memory is constant in the number of records.
/// </summary>
public sealed class RevenueAccumulator
{
    private readonly EvaluationWindow _window;
    private readonly InvoiceAmount _invoiceAmount;
    private readonly SortedDictionary<int, decimal> _pipelineByProbability = new SortedDictionary<int, decimal>();
    private decimal _won;
    private decimal _paid;
    private DateTime? _oldest;

    public RevenueAccumulator(TierPolicy policy, EvaluationWindow window)
    {
        _window = window;
        _invoiceAmount = policy.InvoiceAmount;
    }

    /// <summary>Adds an opportunity; returns whether it counted (won in the window, or open pipeline).</summary>
    public bool Add(OpportunityRecord opportunity)
    {
        switch (opportunity.State)
        {
            case OpportunityState.Won when opportunity.ActualCloseDate is { } closed && _window.Contains(closed):
                _won += opportunity.ActualValue ?? 0m;
                NoteCounted(closed);
                return true;
            case OpportunityState.Open when opportunity.EstimatedCloseDate is { } estimated && _window.IsWithinPipelineHorizon(estimated):
                var probability = opportunity.CloseProbability ?? 0;
                _pipelineByProbability.TryGetValue(probability, out var sum);
                _pipelineByProbability[probability] = sum + (opportunity.EstimatedValue ?? 0m);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Adds an invoice; returns whether it counted (Paid and dated in the window).</summary>
    public bool Add(InvoiceRecord invoice)
    {
        if (invoice.State != InvoiceState.Paid || invoice.RevenueDate is not { } dated || !_window.Contains(dated))
        {
            return false;
        }

        var amount = _invoiceAmount == InvoiceAmount.Net ? invoice.TotalAmountLessFreight : invoice.TotalAmount;
        _paid += amount ?? 0m;
        NoteCounted(dated);
        return true;
    }

    public RevenueFacts ToFacts()
    {
        var buckets = new List<PipelineBucket>(_pipelineByProbability.Count);
        foreach (var bucket in _pipelineByProbability)
        {
            buckets.Add(new PipelineBucket(bucket.Key, bucket.Value));
        }

        return RevenueFacts.FromAggregates(_won, _paid, buckets, _oldest);
    }

    private void NoteCounted(DateTime date)
    {
        if (_oldest is null || date.Date < _oldest.Value)
        {
            _oldest = date.Date;
        }
    }
}
