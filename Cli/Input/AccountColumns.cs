namespace CrmTiering.Cli.Input;

/// <summary>Logical names of the account export's columns (money already in base currency).</summary>
public static class AccountColumns
{
    public const string AccountId = "accountid";
    public const string Name = "name";
    public const string CreatedOn = "createdon";
    public const string OverriddenCreatedOn = "overriddencreatedon";
    public const string OwnerId = "ownerid";
    public const string Revenue = "revenue";
    public const string ExpectedAnnualRevenue = "ctier_expectedannualrevenue";
    public const string EffortToManage = "ctier_efforttomanage";
    public const string TierOverride = "ctier_tieroverride";
    public const string TierOverrideUntil = "ctier_tieroverrideuntil";
    public const string TierOverrideReason = "ctier_tieroverridereason";
}
