using System;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Tests.Input;

public class CsvDatesTests
{
    private static readonly PolicyTimeZone Berlin = Zone("W. Europe Standard Time");

    private static PolicyTimeZone Zone(string id)
    {
        Assert.True(PolicyTimeZone.TryFind(id, out var zone));
        return zone;
    }

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2024-03-31T23:30:00")]
    [InlineData("2024-03-31 23:30")]
    public void Value_without_offset_is_a_date_in_the_policy_zone(string text)
    {
        Assert.True(CsvDates.TryParse(text, Berlin, out var date));

        Assert.Equal(new DateTime(2024, 3, 31), date);
    }

    [Fact]
    public void Utc_instant_late_in_the_evening_is_the_next_day_in_berlin()
    {
        Assert.True(CsvDates.TryParse("2024-03-31T22:30:00Z", Berlin, out var date));

        Assert.Equal(new DateTime(2024, 4, 1), date);
    }

    [Fact]
    public void Instant_with_offset_is_converted_to_the_zone()
    {
        Assert.True(CsvDates.TryParse("2024-01-01T01:00:00+05:00", PolicyTimeZone.Utc, out var date));

        Assert.Equal(new DateTime(2023, 12, 31), date);
    }

    [Theory]
    [InlineData("03/04/2024")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    public void Ambiguous_or_impossible_dates_do_not_parse(string text)
    {
        Assert.False(CsvDates.TryParse(text, PolicyTimeZone.Utc, out _));
    }
}
