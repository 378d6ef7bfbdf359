using System;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests.Time;

public sealed class EvaluationWindowTests
{
    private static readonly CrmTiering.Core.Policy.TierPolicy Berlin =
        Given.Policy("\"timeZone\":\"UTC\"", "\"timeZone\":\"W. Europe Standard Time\"");

    [Fact]
    public void Window_excludes_its_start_and_includes_the_as_of_date()
    {
        var window = EvaluationWindow.OnDate(Given.Policy(), Given.Date(2024, 6, 30));

        Assert.Equal(Given.Date(2023, 6, 30), window.Start);
        Assert.False(window.Contains(Given.Date(2023, 6, 30)));
        Assert.True(window.Contains(Given.Date(2023, 7, 1)));
        Assert.True(window.Contains(Given.Date(2024, 6, 30)));
        Assert.False(window.Contains(Given.Date(2024, 7, 1)));
    }

    [Fact]
    public void Window_start_clamps_to_the_end_of_a_shorter_month()
    {
        var window = EvaluationWindow.OnDate(Given.Policy("\"windowMonths\":12", "\"windowMonths\":1"), Given.Date(2024, 3, 31));

        Assert.Equal(Given.Date(2024, 2, 29), window.Start);
        Assert.False(window.Contains(Given.Date(2024, 2, 29)));
        Assert.True(window.Contains(Given.Date(2024, 3, 1)));
    }

    [Fact]
    public void Pipeline_horizon_is_as_of_plus_the_window_with_no_lower_bound()
    {
        var window = EvaluationWindow.OnDate(Given.Policy(), Given.Date(2024, 2, 29));

        Assert.Equal(Given.Date(2025, 2, 28), window.PipelineHorizon);
        Assert.True(window.IsWithinPipelineHorizon(Given.Date(2025, 2, 28)));
        Assert.False(window.IsWithinPipelineHorizon(Given.Date(2025, 3, 1)));
        Assert.True(window.IsWithinPipelineHorizon(Given.Date(2001, 1, 1)));
    }

    [Fact]
    public void As_of_instant_becomes_the_date_in_the_policy_time_zone()
    {
        var lateEvening = new DateTime(2024, 6, 30, 22, 30, 0, DateTimeKind.Utc);

        Assert.Equal(Given.Date(2024, 7, 1), EvaluationWindow.At(Berlin, lateEvening).AsOfDate);
        Assert.Equal(Given.Date(2024, 6, 30), EvaluationWindow.At(Given.Policy(), lateEvening).AsOfDate);
    }

    [Fact]
    public void User_local_bounds_are_the_zone_midnights_as_utc_instants()
    {
        var window = EvaluationWindow.OnDate(Berlin, Given.Date(2024, 7, 1));

        Assert.Equal(new DateTime(2023, 7, 1, 22, 0, 0, DateTimeKind.Utc), window.UserLocalFromUtc);
        Assert.Equal(new DateTime(2024, 7, 1, 22, 0, 0, DateTimeKind.Utc), window.UserLocalToUtc);
        Assert.Equal(new DateTime(2024, 6, 30, 22, 0, 0, DateTimeKind.Utc), window.AsOfUtc);
    }

    [Fact]
    public void Winter_midnight_in_berlin_is_23_hours_utc_the_day_before()
    {
        Assert.Equal(new DateTime(2024, 1, 14, 23, 0, 0, DateTimeKind.Utc), Berlin.TimeZone.StartOfDayUtc(Given.Date(2024, 1, 15)));
        Assert.Equal(Given.Date(2024, 1, 15), Berlin.TimeZone.DateOf(new DateTime(2024, 1, 14, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(Given.Date(2024, 1, 14), Berlin.TimeZone.DateOf(new DateTime(2024, 1, 14, 22, 59, 59, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(2024, 2, 29, 12, 2025, 3, 1)]
    [InlineData(2023, 3, 31, 1, 2023, 5, 1)]
    [InlineData(2023, 3, 30, 1, 2023, 4, 30)]
    [InlineData(2023, 6, 15, 12, 2024, 6, 15)]
    public void A_date_leaves_the_window_on_the_first_day_whose_start_reaches_it(int y, int m, int d, int months, int ey, int em, int ed)
    {
        var leaves = CalendarMonths.FirstDateWindowStartReaches(new DateTime(y, m, d), months);

        Assert.Equal(new DateTime(ey, em, ed), leaves);
        Assert.True(leaves.AddMonths(-months) >= new DateTime(y, m, d));
        Assert.True(leaves.AddDays(-1).AddMonths(-months) < new DateTime(y, m, d));
    }

    [Fact]
    public void As_of_never_moves_before_the_stored_calculation()
    {
        var operation = new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        var stored = operation.AddMinutes(5);

        Assert.Equal(stored, AsOfInstant.Resolve(operation, stored));
        Assert.Equal(operation, AsOfInstant.Resolve(operation, operation.AddDays(-1)));
        Assert.Equal(operation, AsOfInstant.Resolve(operation, null));
    }
}
