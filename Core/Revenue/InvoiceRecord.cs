using System;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// One invoice; amounts in base currency. <c>datedelivered</c> and <c>createdon</c> are UserLocal
/// columns: pass their calendar dates in the policy time zone (<see cref="Time.PolicyTimeZone.DateOf(DateTime)"/>).
/// </summary>
public sealed record InvoiceRecord
{
    public InvoiceState State { get; init; }

    /// <summary><c>totalamount_base</c> (null = 0).</summary>
    public decimal? TotalAmount { get; init; }

    /// <summary><c>totalamountlessfreight_base</c> (null = 0).</summary>
    public decimal? TotalAmountLessFreight { get; init; }

    /// <summary>Date of <c>datedelivered</c>; dates the invoice when present.</summary>
    public DateTime? DeliveredOn { get; init; }

    /// <summary>Date of <c>createdon</c>; dates the invoice when it has no delivery date.</summary>
    public DateTime? CreatedOn { get; init; }

    /// <summary>The date that places the invoice in the window (R5), or null when it has none.</summary>
    public DateTime? RevenueDate => DeliveredOn ?? CreatedOn;
}
