using System;

namespace CrmTiering.Core.Revenue;

/// <summary>
/// One opportunity as read from Dataverse or a CSV export; amounts in base currency. Dates are
/// calendar dates (<c>actualclosedate</c> and <c>estimatedclosedate</c> are DateOnly columns).
/// </summary>
public sealed record OpportunityRecord
{
    public OpportunityState State { get; init; }

    /// <summary><c>actualvalue_base</c>: counts for a Won opportunity (null = 0).</summary>
    public decimal? ActualValue { get; init; }

    /// <summary><c>actualclosedate</c>: dates a Won opportunity; without it the deal cannot be placed in the window.</summary>
    public DateTime? ActualCloseDate { get; init; }

    /// <summary><c>estimatedvalue_base</c>: pipeline of an Open opportunity (null = 0).</summary>
    public decimal? EstimatedValue { get; init; }

    /// <summary><c>closeprobability</c>, 0–100 (null = 0).</summary>
    public int? CloseProbability { get; init; }

    /// <summary><c>estimatedclosedate</c>: an Open opportunity without it is not in the pipeline.</summary>
    public DateTime? EstimatedCloseDate { get; init; }
}
