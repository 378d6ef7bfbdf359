namespace CrmTiering.Core.Policy;

/// <summary>Which invoice amount counts as paid revenue (R5).</summary>
public enum InvoiceAmount
{
    /// <summary><c>totalamount_base</c> (default).</summary>
    Total,

    /// <summary><c>totalamountlessfreight_base</c>.</summary>
    Net,
}
