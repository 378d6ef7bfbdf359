using System;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.AccountInputs;

/// <summary>Tier option values of the default policy, and an account stored as a past recalculation left it.</summary>
public static class StoredTier
{
    public const int Tier1 = 512000000;
    public const int Tier2 = 512000001;
    public const int Tier3 = 512000002;

    public const int Initial = 512000000;
    public const int Promotion = 512000001;
    public const int Demotion = 512000002;
    public const int Tier1Slip = 512000003;
    public const int Surge = 512000004;

    public const int SourcePlugin = 512000000;
    public const int SourceOverride = 512000002;
    public const int SourceBackfill = 512000003;

    /// <summary>An account evaluated once at <see cref="TieringOrganization.Start"/>: its tier from won revenue alone.</summary>
    public static Guid Seed(TieringOrganization org, int tier, decimal wonRevenue, DateTime? createdOn = null, string name = "Contoso")
    {
        var evaluatedOn = TieringOrganization.Start;
        return org.Org.Seed(new Entity(AccountColumns.Table)
        {
            [AccountColumns.Name] = name,
            [AccountColumns.CreatedOn] = createdOn ?? evaluatedOn.AddYears(-3),
            [AccountColumns.Tier] = new OptionSetValue(tier),
            [AccountColumns.RevenueTier] = new OptionSetValue(tier),
            [AccountColumns.OnboardingTier] = new OptionSetValue(tier),
            [AccountColumns.HighestTier] = new OptionSetValue(tier),
            [AccountColumns.LastMovement] = new OptionSetValue(Initial),
            [AccountColumns.TierChangedOn] = evaluatedOn.Date,
            [AccountColumns.RevenueTierChangedOn] = evaluatedOn.Date,
            [AccountColumns.EffectiveRevenue] = new Money(wonRevenue),
            [AccountColumns.WonRevenue] = new Money(wonRevenue),
            [AccountColumns.PaidRevenue] = new Money(0m),
            [AccountColumns.Reason] = "Seeded",
            [AccountColumns.NextEvaluationOn] = evaluatedOn.Date.AddMonths(1),
            [AccountColumns.CalculatedOn] = evaluatedOn,
        });
    }

    public static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
}
