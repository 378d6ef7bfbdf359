using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests.Time;

public sealed class ReviewScheduleTests
{
    [Fact]
    public void Review_dates_always_count_from_the_first_date()
    {
        var dates = ReviewSchedule.Dates(Given.Date(2024, 1, 31), Given.Date(2024, 4, 30), 1);

        Assert.Equal(new[] { Given.Date(2024, 1, 31), Given.Date(2024, 2, 29), Given.Date(2024, 3, 31), Given.Date(2024, 4, 30) }, dates);
    }

    [Fact]
    public void The_last_review_date_is_inclusive()
    {
        Assert.Equal(3, ReviewSchedule.Dates(Given.Date(2024, 1, 1), Given.Date(2024, 7, 1), 3).Count);
        Assert.Equal(2, ReviewSchedule.Dates(Given.Date(2024, 1, 1), Given.Date(2024, 6, 30), 3).Count);
    }

    [Fact]
    public void Quarter_ends_are_listed_from_a_date_inclusive()
    {
        var dates = ReviewSchedule.QuarterEnds(Given.Date(2023, 6, 30), Given.Date(2024, 3, 31));

        Assert.Equal(new[] { Given.Date(2023, 6, 30), Given.Date(2023, 9, 30), Given.Date(2023, 12, 31), Given.Date(2024, 3, 31) }, dates);
    }

    [Theory]
    [InlineData(2024, 2, 10, 3, 2024, 4, 1)]
    [InlineData(2024, 4, 1, 3, 2024, 7, 1)]
    [InlineData(2024, 11, 5, 3, 2025, 1, 1)]
    [InlineData(2024, 3, 5, 6, 2024, 7, 1)]
    public void Next_review_is_the_start_of_the_next_calendar_period(int y, int m, int d, int every, int ey, int em, int ed) =>
        Assert.Equal(Given.Date(ey, em, ed), ReviewSchedule.NextReviewAfter(Given.Date(y, m, d), every));
}
