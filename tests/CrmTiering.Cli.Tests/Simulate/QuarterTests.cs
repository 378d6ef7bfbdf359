using System;
using CrmTiering.Cli.Simulate;

namespace CrmTiering.Cli.Tests.Simulate;

public class QuarterTests
{
    [Fact]
    public void Quarters_follow_the_calendar_and_the_last_one_is_clipped_to_the_run()
    {
        var quarters = Quarter.Between(new DateTime(2024, 2, 10), new DateTime(2024, 8, 15));

        Assert.Equal(new[] { "2024 Q1", "2024 Q2", "2024 Q3" }, quarters.Select(q => q.Label));
        Assert.Equal((new DateTime(2024, 2, 10), new DateTime(2024, 3, 31)), (quarters[0].First, quarters[0].Last));
        Assert.Equal((new DateTime(2024, 4, 1), new DateTime(2024, 6, 30)), (quarters[1].First, quarters[1].Last));
        Assert.Equal((new DateTime(2024, 7, 1), new DateTime(2024, 8, 15)), (quarters[2].First, quarters[2].Last));
    }

    [Fact]
    public void Quarters_cross_the_year_end()
    {
        var quarters = Quarter.Between(new DateTime(2024, 11, 1), new DateTime(2025, 1, 31));

        Assert.Equal(new[] { "2024 Q4", "2025 Q1" }, quarters.Select(q => q.Label));
    }
}
