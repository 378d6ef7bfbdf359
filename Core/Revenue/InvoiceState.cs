namespace CrmTiering.Core.Revenue;

/// <summary>The invoice's <c>statecode</c> values. Only Paid counts, whatever the status reason (R5).</summary>
public enum InvoiceState
{
    Active = 0,
    Closed = 1,
    Paid = 2,
    Canceled = 3,
}
