namespace CrmTiering.Plugins.Data;

/// <summary>Logical names of the account columns the tiering adapters read or write (DESIGN "Columns").</summary>
public static class AccountColumns
{
    public const string Table = "account";
    public const string Id = "accountid";

    /// <summary>The row version as a column (what Entity.RowVersion holds), readable through a join.</summary>
    public const string VersionNumber = "versionnumber";
    public const string Name = "name";
    public const string Owner = "ownerid";
    public const string CreatedOn = "createdon";
    public const string OverriddenCreatedOn = "overriddencreatedon";
    public const string ClientRevenue = "revenue";
    public const string ClientRevenueBase = "revenue_base";
    public const string ExchangeRate = "exchangerate";
    public const string Currency = "transactioncurrencyid";

    public const string Tier = "ctier_tier";
    public const string RevenueTier = "ctier_revenuetier";
    public const string PreviousTier = "ctier_previoustier";
    public const string OnboardingTier = "ctier_onboardingtier";
    public const string HighestTier = "ctier_highesttier";
    public const string LastMovement = "ctier_lastmovement";
    public const string TierChangedOn = "ctier_tierchangedon";
    public const string RevenueTierChangedOn = "ctier_revenuetierchangedon";
    public const string EffectiveRevenue = "ctier_effectiverevenue";
    public const string WonRevenue = "ctier_wonrevenue";
    public const string PaidRevenue = "ctier_paidrevenue";
    public const string ValueScore = "ctier_valuescore";
    public const string ShareOfWallet = "ctier_shareofwallet";
    public const string Quadrant = "ctier_quadrant";
    public const string BelowPeak = "ctier_belowpeak";
    public const string Reason = "ctier_tierreason";
    public const string NextEvaluationOn = "ctier_nextevaluationon";
    public const string CalculationStatus = "ctier_calcstatus";
    public const string CalculationError = "ctier_calcerror";
    public const string CalculatedOn = "ctier_calculatedon";
    public const string RecalculationRequestedOn = "ctier_recalcrequestedon";
    public const string LastReviewedOn = "ctier_lastreviewedon";
    public const string NextContactDue = "ctier_nextcontactdue";

    public const string ExpectedAnnualRevenue = "ctier_expectedannualrevenue";
    public const string EffortToManage = "ctier_efforttomanage";
    public const string TierOverride = "ctier_tieroverride";
    public const string TierOverrideReason = "ctier_tieroverridereason";
    public const string TierOverrideUntil = "ctier_tieroverrideuntil";

    /// <summary>The platform's read-only base-currency twin of a money column.</summary>
    public static string Base(string moneyColumn) => moneyColumn + "_base";
}
