namespace CrmTiering.Core.Revenue;

/// <summary>
/// Σ <c>estimatedvalue_base</c> of the open opportunities with one <c>closeprobability</c>: the row
/// shape of the plugins' FetchXML aggregate grouped by probability. Core multiplies (R6).
/// </summary>
public sealed record PipelineBucket(int? CloseProbability, decimal? EstimatedValue)
{
    /// <summary>Σ value × probability / 100; nulls count as 0.</summary>
    public decimal Weighted => (EstimatedValue ?? 0m) * (CloseProbability ?? 0) / 100m;
}
