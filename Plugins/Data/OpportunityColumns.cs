namespace CrmTiering.Plugins.Data;

/// <summary>Logical names of the opportunity columns revenue depends on (R4–R6).</summary>
public static class OpportunityColumns
{
    public const string Table = "opportunity";
    public const string Id = "opportunityid";
    public const string ParentAccount = "parentaccountid";
    public const string Customer = "customerid";
    public const string State = "statecode";
    public const string Status = "statuscode";
    public const string ActualValue = "actualvalue";
    public const string ActualValueBase = "actualvalue_base";
    public const string ActualCloseDate = "actualclosedate";
    public const string EstimatedValue = "estimatedvalue";
    public const string EstimatedValueBase = "estimatedvalue_base";
    public const string EstimatedCloseDate = "estimatedclosedate";
    public const string CloseProbability = "closeprobability";
    public const string Currency = "transactioncurrencyid";

    /// <summary>The <c>opportunityclose</c> activity Win and Lose carry in InputParameters["OpportunityClose"].</summary>
    public const string CloseActivityParameter = "OpportunityClose";

    /// <summary>The close activity's table: Win and Lose create one, and its Create is an event with a known message id.</summary>
    public const string CloseActivityTable = "opportunityclose";

    /// <summary>Lookup from the close activity to its opportunity.</summary>
    public const string CloseActivityOpportunity = "opportunityid";
}
