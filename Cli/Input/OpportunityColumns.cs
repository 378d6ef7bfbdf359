namespace CrmTiering.Cli.Input;

/// <summary>Logical names of the opportunity export's columns (amounts in base currency).</summary>
public static class OpportunityColumns
{
    public const string ParentAccountId = "parentaccountid";
    public const string CustomerId = "customerid";
    public const string StateCode = "statecode";
    public const string ActualValue = "actualvalue_base";
    public const string ActualCloseDate = "actualclosedate";
    public const string EstimatedValue = "estimatedvalue_base";
    public const string CloseProbability = "closeprobability";
    public const string EstimatedCloseDate = "estimatedclosedate";
}
