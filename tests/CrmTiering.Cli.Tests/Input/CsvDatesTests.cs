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

    [Fact]
    public void Ten_character_values_read_as_the_format_parser_reads_them()
    {
        // The calendar-date shortcut against the parser it bypasses: digits, dashes, signs, spaces
        // and letters in every position, leap days and impossible dates included.
        var random = new Random(7);
        const string alphabet = "0123456789-0123456789- +T/:a\u0663";
        for (var i = 0; i < 50_000; i++)
        {
            var chars = new char[10];
            for (var c = 0; c < chars.Length; c++) chars[c] = alphabet[random.Next(alphabet.Length)];
            if (random.Next(2) == 0)
            {
                var day = new DateTime(1, 1, 1).AddDays(random.Next(3_652_058)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                chars = day.ToCharArray();
                if (random.Next(3) == 0) chars[random.Next(10)] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            var expected = DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed);
            Assert.Equal(expected, CsvDates.TryParse(text, Berlin, out var date) && date.TimeOfDay == TimeSpan.Zero && text.Length == 10 && text[4] == '-');
            if (expected) Assert.Equal(parsed, date);
        }
    }
}
