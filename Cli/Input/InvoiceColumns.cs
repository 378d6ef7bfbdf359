namespace CrmTiering.Cli.Input;

/// <summary>Logical names of the invoice export's columns (amounts in base currency).</summary>
public static class InvoiceColumns
{
    public const string CustomerId = "customerid";
    public const string StateCode = "statecode";
    public const string TotalAmount = "totalamount_base";
    public const string TotalAmountLessFreight = "totalamountlessfreight_base";
    public const string DateDelivered = "datedelivered";
    public const string CreatedOn = "createdon";
}
