namespace CrmTiering.Plugins.Data;

/// <summary>Logical names of the invoice columns revenue depends on (R4, R5).</summary>
public static class InvoiceColumns
{
    public const string Table = "invoice";
    public const string Id = "invoiceid";

    /// <summary>Account or contact; the platform derives <c>accountid</c> from it, so filtering on it is the same.</summary>
    public const string Customer = "customerid";
    public const string State = "statecode";
    public const string TotalAmount = "totalamount";
    public const string TotalAmountBase = "totalamount_base";
    public const string TotalAmountLessFreight = "totalamountlessfreight";
    public const string TotalAmountLessFreightBase = "totalamountlessfreight_base";
    public const string DateDelivered = "datedelivered";
    public const string CreatedOn = "createdon";
    public const string Currency = "transactioncurrencyid";
}
