namespace CrmTiering.Core.Evaluation;

/// <summary>R16: our revenue ÷ the client's own revenue.</summary>
public static class ShareOfWallet
{
    /// <summary>Null when the client's revenue is unknown or not positive.</summary>
    public static decimal? Of(decimal effectiveRevenue, decimal? clientRevenue) =>
        clientRevenue is > 0m ? effectiveRevenue / clientRevenue.Value : null;
}
