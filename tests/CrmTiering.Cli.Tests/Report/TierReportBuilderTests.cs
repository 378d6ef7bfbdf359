using CrmTiering.Cli.Report;
using CrmTiering.Core.Choices;

namespace CrmTiering.Cli.Tests.Report;

public class TierReportBuilderTests
{
    [Fact]
    public void Tier_counts_are_tallied_per_period_best_tier_first()
    {
        var report = SampleReports.ThreeQuarters();

        Assert.Equal(new[] { "2024 Q1", "2024 Q2", "2024 Q3" }, report.Periods.Select(p => p.Label));
        Assert.Equal(new[] { 2, 0, 1 }, report.Periods[0].TierCounts);
        Assert.Equal(new[] { 2, 1, 0 }, report.Periods[1].TierCounts);
        Assert.Equal(new[] { 1, 1, 2 }, report.Periods[2].TierCounts);
        Assert.Equal(4, report.Periods[2].Accounts);
    }

    [Fact]
    public void Movements_count_slips_surges_promotions_and_demotions_but_not_initial_or_none()
    {
        var report = SampleReports.ThreeQuarters();

        Assert.Equal(MovementCounts.Zero, report.Periods[0].Movements);
        Assert.Equal(new MovementCounts(Promotions: 0, Surges: 1, Demotions: 0, Slips: 1), report.Periods[1].Movements);
        Assert.Equal(new MovementCounts(Promotions: 1, Surges: 0, Demotions: 2, Slips: 0), report.Periods[2].Movements);
        Assert.Equal(new[] { 0, 2, 1 }, report.Periods.Select(p => p.TasksCreated));
    }

    [Fact]
    public void Below_peak_lists_the_last_period_worst_drop_first_and_counts_every_period()
    {
        var report = SampleReports.ThreeQuarters();

        Assert.Equal(new[] { 0, 1, 2 }, report.Periods.Select(p => p.BelowPeak));
        Assert.Equal(new[] { "C", "B" }, report.BelowPeak.Select(a => a.Id));
        var c = report.BelowPeak[0];
        Assert.Equal(("Tier 3", "Tier 1", 2), (c.Tier, c.HighestTier, c.PositionsBelowPeak));
    }

    [Fact]
    public void Quadrants_are_those_of_the_last_period()
    {
        var report = SampleReports.ThreeQuarters();

        Assert.Equal(new QuadrantCounts(Maximise: 1, Develop: 1, Minimise: 1, Eject: 1), report.Quadrants);
        Assert.Equal("2024 Q3", report.AsOf);
        Assert.Equal(new[] { "Tier 1", "Tier 2", "Tier 3" }, report.Tiers);
    }

    [Fact]
    public void A_period_nobody_was_counted_in_still_appears_empty()
    {
        var builder = new TierReportBuilder(SampleReports.Policy, "t", "s", "review", new[] { "d1", "d2" });
        builder.CountAccount(1, SampleReports.Account("A", 2, 2, Quadrant.Minimise));

        var report = builder.Build();

        Assert.Equal(0, report.Periods[0].Accounts);
        Assert.Equal(1, report.Periods[1].Accounts);
    }
}
