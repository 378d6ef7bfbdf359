using CrmTiering.Cli.Report;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>Report models built by hand with the default policy (Tier 1, Tier 2, Tier 3).</summary>
public static class SampleReports
{
    public static readonly TierPolicy Policy = TierPolicy.Default;

    public static AccountSnapshot Account(string id, int tier, int? highest, Quadrant quadrant, decimal revenue = 0m, string? name = null) =>
        new(id, name ?? id, Policy.TierAt(tier), highest is { } h ? Policy.TierAt(h) : null, highest is { } peak && tier > peak, quadrant, revenue);

    /// <summary>
    /// Three quarters: Q1 two accounts in Tier 1 and one in Tier 3; Q2 one slip (A to Tier 2) and a
    /// surge (C to Tier 1); Q3 a demotion (B to Tier 2), a promotion (A back to Tier 1) and a fourth
    /// account in Tier 3.
    /// </summary>
    public static TierReport ThreeQuarters()
    {
        var builder = new TierReportBuilder(Policy, "Simulated book & <co>", "3 quarters", "quarter", new[] { "2024 Q1", "2024 Q2", "2024 Q3" });
        builder.CountAccount(0, Account("A", 1, 1, Quadrant.Maximise, 600000m));
        builder.CountAccount(0, Account("B", 1, 1, Quadrant.Develop, 700000m));
        builder.CountAccount(0, Account("C", 3, 3, Quadrant.Minimise, 5000m));
        builder.CountMovement(0, TierMovement.Initial);

        builder.CountAccount(1, Account("A", 2, 1, Quadrant.Maximise, 300000m));
        builder.CountAccount(1, Account("B", 1, 1, Quadrant.Develop, 650000m));
        builder.CountAccount(1, Account("C", 1, 1, Quadrant.Maximise, 800000m));
        builder.CountMovement(1, TierMovement.Tier1Slip);
        builder.CountMovement(1, TierMovement.Surge);
        builder.CountMovement(1, TierMovement.None);
        builder.CountTask(1);
        builder.CountTask(1);

        builder.CountAccount(2, Account("A", 1, 1, Quadrant.Maximise, 550000m));
        builder.CountAccount(2, Account("B", 2, 1, Quadrant.Develop, 200000m, name: "Beta & <Sons>"));
        builder.CountAccount(2, Account("C", 3, 1, Quadrant.Eject, 1000m));
        builder.CountAccount(2, Account("D", 3, 3, Quadrant.Minimise, 0m));
        builder.CountMovement(2, TierMovement.Demotion);
        builder.CountMovement(2, TierMovement.Promotion);
        builder.CountMovement(2, TierMovement.Demotion);
        builder.CountTask(2);
        return builder.Build();
    }
}
