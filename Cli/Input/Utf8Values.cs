using System;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// Fast readings of the common shapes of CSV values straight from UTF-8 bytes: ids, statecode
/// numbers, plain decimals, whole probabilities, <c>yyyy-MM-dd</c> dates and <c>yyyy-MM-ddTHH:mm:ssZ</c>
/// instants. Each returns false for anything else ("not handled"), and the row is then read
/// through the text readers (<see cref="CsvNumbers"/>, <see cref="CsvDates"/>, <see cref="StateCodes"/>),
/// so a handled value always reads as those readers read it.
/// </summary>
internal static class Utf8Values
{
    /// <summary>Trims ASCII white space; false when a non-ASCII byte is at either end (it may be Unicode white space).</summary>
    public static bool Trim(ReadOnlySpan<byte> raw, out ReadOnlySpan<byte> trimmed)
    {
        var start = 0;
        var end = raw.Length;
        while (start < end && IsSpace(raw[start])) start++;
        while (end > start && IsSpace(raw[end - 1])) end--;
        trimmed = raw[start..end];
        return trimmed.Length == 0 || (trimmed[0] < 0x80 && trimmed[^1] < 0x80);
    }

    /// <summary>A statecode given as its number, from 0 to <paramref name="highest"/>.</summary>
    public static bool State(ReadOnlySpan<byte> text, int highest, out int state)
    {
        state = text.Length == 1 ? text[0] - '0' : -1;
        return state >= 0 && state <= highest;
    }

    /// <summary>Empty (null), or [-]digits[.digits] with at most 18 digits (not a negative zero).</summary>
    public static bool Amount(ReadOnlySpan<byte> text, out decimal? amount)
    {
        amount = null;
        if (text.Length == 0) return true;
        var negative = text[0] == '-';
        var i = negative ? 1 : 0;
        ulong value = 0;
        var digits = 0;
        var scale = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b == '.' && !point && digits > 0)
            {
                point = true;
                continue;
            }
            if (b < '0' || b > '9') return false;
            value = (value * 10) + (ulong)(b - '0');
            digits++;
            if (point) scale++;
        }
        if (digits == 0 || digits > 18 || (point && scale == 0) || (negative && value == 0)) return false;
        amount = new decimal((int)(uint)value, (int)(uint)(value >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Empty (null), or a whole number of one to three digits from 0 to 100.</summary>
    public static bool Probability(ReadOnlySpan<byte> text, out int? probability)
    {
        probability = null;
        if (text.Length == 0) return true;
        if (text.Length > 3) return false;
        var value = 0;
        foreach (var b in text)
        {
            if (b < '0' || b > '9') return false;
            value = (value * 10) + (b - '0');
        }
        if (value > 100) return false;
        probability = value;
        return true;
    }

    /// <summary>Empty (null), a calendar date <c>yyyy-MM-dd</c>, or a UTC instant <c>yyyy-MM-ddTHH:mm:ssZ</c> dated in the zone.</summary>
    public static bool Date(ReadOnlySpan<byte> text, PolicyTimeZone zone, out DateTime? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (text.Length != 10 && !(text.Length == 20 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z')) return false;
        if (text[4] != '-' || text[7] != '-') return false;
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)) return false;
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (text.Length == 10)
        {
            date = new DateTime(year, month, day);
            return true;
        }
        if (!Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)) return false;
        if (hour > 23 || minute > 59 || second > 59) return false;
        var instant = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        // UTC: the instant's own date; any other zone converts (R2).
        date = ReferenceEquals(zone, PolicyTimeZone.Utc) ? DateTime.SpecifyKind(instant.Date, DateTimeKind.Unspecified) : zone.DateOf(instant);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var b = text[i];
            if (b < '0' || b > '9') return false;
            value = (value * 10) + (b - '0');
        }
        return true;
    }

    private static bool IsSpace(byte b) => b == ' ' || (b >= 0x09 && b <= 0x0D);
}
