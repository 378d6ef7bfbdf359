using System;
using System.CommandLine;
using System.Globalization;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Review;

namespace CrmTiering.Cli.Commands;

/// <summary><c>--as-of DATE</c>, or <c>--from DATE --to DATE --every MONTHS</c>.</summary>
public sealed class ReviewDateOptions
{
    public Option<string?> AsOf { get; } = new("--as-of") { Description = "review date (yyyy-MM-dd)" };

    public Option<string?> From { get; } = new("--from") { Description = "first review date (yyyy-MM-dd)" };

    public Option<string?> To { get; } = new("--to") { Description = "last possible review date, inclusive (yyyy-MM-dd)" };

    public Option<string?> Every { get; } = new("--every") { Description = "months between reviews" };

    public void AddTo(Command command)
    {
        command.Options.Add(AsOf);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Every);
    }

    /// <exception cref="UserMistakeException">Missing, conflicting or malformed dates.</exception>
    public ReviewDates Read(ParseResult parsed)
    {
        var asOf = parsed.GetValue(AsOf);
        var from = parsed.GetValue(From);
        var to = parsed.GetValue(To);
        var every = parsed.GetValue(Every);
        var anyRange = from != null || to != null || every != null;
        if (asOf != null)
        {
            if (anyRange) throw new UserMistakeException(CliMessages.ReviewDatesConflict);
            return ReviewDates.Single(Date("--as-of", asOf));
        }
        if (!anyRange) throw new UserMistakeException(CliMessages.ReviewDatesMissing);
        if (from == null || to == null || every == null) throw new UserMistakeException(CliMessages.ReviewRangeIncomplete);
        var first = Date("--from", from);
        var last = Date("--to", to);
        if (!int.TryParse(every.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months < 1)
        {
            throw new UserMistakeException(string.Format(CliMessages.BadEveryOption, every));
        }
        if (last < first)
        {
            throw new UserMistakeException(string.Format(CliMessages.ReviewRangeBackwards, CsvDates.Format(first), CsvDates.Format(last)));
        }
        return ReviewDates.Every(first, last, months);
    }

    private static DateTime Date(string option, string text)
    {
        if (CsvDates.TryParseOption(text, out var date)) return date;
        throw new UserMistakeException(string.Format(CliMessages.BadDateOption, option, text));
    }
}
