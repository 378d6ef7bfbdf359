namespace CrmTiering.Core.Policy;

/// <summary>DESIGN's default policy (v1), as the JSON the solution ships as the environment variable's default.</summary>
public static class DefaultTierPolicy
{
    public const string Json =
        "{\"windowMonths\":12,\"revenueBasis\":\"Max\",\"invoiceAmount\":\"Total\",\"pipelineWeight\":0,"
        + "\"tiers\":[{\"name\":\"Tier 1\",\"value\":512000000,\"minRevenue\":500000,\"responseHours\":24,\"contactEveryDays\":30},"
        + "{\"name\":\"Tier 2\",\"value\":512000001,\"minRevenue\":100000,\"responseHours\":36,\"contactEveryDays\":60},"
        + "{\"name\":\"Tier 3\",\"value\":512000002,\"minRevenue\":0,\"responseHours\":48,\"contactEveryDays\":90}],"
        + "\"hysteresisMargin\":0.10,\"minDaysInTier\":0,"
        + "\"valueFactors\":{\"referrals\":1,\"marketing\":1,\"seo\":1,\"logo\":1,\"growth\":1,\"strategicFit\":1},"
        + "\"bumpAt\":8,\"maxBump\":1,\"importantUpToTier\":2,\"effortHighAt\":6,"
        + "\"reviewEveryMonths\":3,\"timeZone\":\"UTC\",\"fallbackOwner\":null,\"tasksForOverrideMovements\":false}";
}
