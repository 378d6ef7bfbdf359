namespace CrmTiering.Bench.Calls;

/// <summary>Which plug-in recalculates the tier in a measured organisation.</summary>
public enum Recalculator
{
    /// <summary>The shipped RecalculateAccountTier: FetchXML aggregates, sliced at the 50 000-row cap.</summary>
    Product,

    /// <summary><see cref="NaiveRecalculation"/>: pages every child row and sums in memory.</summary>
    Naive,
}
