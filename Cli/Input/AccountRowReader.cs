using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>Turns one accounts-file row into an <see cref="AccountEntry"/>, naming the column of any bad value.</summary>
internal sealed class AccountRowReader
{
    private readonly string _file;
    private readonly CsvRow _row;
    private readonly PolicyTimeZone _zone;
    private readonly ICollection<string> _warnings;

    private static readonly string[] ColumnsRead =
    {
        AccountColumns.AccountId, AccountColumns.Name, AccountColumns.CreatedOn, AccountColumns.OverriddenCreatedOn,
        AccountColumns.ExpectedAnnualRevenue, AccountColumns.Revenue, AccountColumns.EffortToManage, AccountColumns.OwnerId,
        AccountColumns.TierOverride, AccountColumns.TierOverrideUntil, AccountColumns.TierOverrideReason,
        ValueFactorNames.Column(ValueFactor.Referrals), ValueFactorNames.Column(ValueFactor.Marketing), ValueFactorNames.Column(ValueFactor.Seo),
        ValueFactorNames.Column(ValueFactor.Logo), ValueFactorNames.Column(ValueFactor.Growth), ValueFactorNames.Column(ValueFactor.StrategicFit),
    };

    private static readonly TierOverride NoOverride = new();
    private static readonly TierOverride NoOverrideReason = new() { Reason = string.Empty };

    private readonly ConcurrentDictionary<ValueFactorScores, ValueFactorScores>? _scores;
    private readonly Positions _positions;

    /// <param name="scores">Scores already read, to share equal ones (a few thousand combinations among a million accounts).</param>
    /// <param name="positions">The table's column positions (<see cref="PositionsIn"/>), found once per table; null finds them for this row.</param>
    public AccountRowReader(string file, CsvRow row, PolicyTimeZone zone, ICollection<string> warnings, ConcurrentDictionary<ValueFactorScores, ValueFactorScores>? scores = null, Positions? positions = null)
    {
        _scores = scores;
        _positions = positions ?? PositionsIn(row);
        _file = file;
        _row = row;
        _zone = zone;
        _warnings = warnings;
    }

    public AccountEntry Read()
    {
        var id = Value(AccountColumns.AccountId);
        if (id.Length == 0) throw new UserMistakeException(string.Format(CliMessages.AccountIdEmpty, _file, _row.Line));
        var facts = new AccountFacts
        {
            AccountId = id,
            Name = Value(AccountColumns.Name),
            CreatedOn = Date(AccountColumns.CreatedOn),
            OverriddenCreatedOn = Date(AccountColumns.OverriddenCreatedOn),
            ExpectedAnnualRevenue = Amount(AccountColumns.ExpectedAnnualRevenue),
            ClientRevenue = Amount(AccountColumns.Revenue),
            EffortToManage = Score(AccountColumns.EffortToManage),
            ValueFactors = Shared(new ValueFactorScores
            {
                Referrals = Factor(ValueFactor.Referrals),
                Marketing = Factor(ValueFactor.Marketing),
                Seo = Factor(ValueFactor.Seo),
                Logo = Factor(ValueFactor.Logo),
                Growth = Factor(ValueFactor.Growth),
                StrategicFit = Factor(ValueFactor.StrategicFit),
            }),
            Override = Shared(new TierOverride
            {
                Until = Date(AccountColumns.TierOverrideUntil),
                Reason = Text(AccountColumns.TierOverrideReason),
            }),
        };
        return new AccountEntry(facts, Text(AccountColumns.OwnerId), Value(AccountColumns.TierOverride), _row.Line);
    }

    // Most accounts have no factors and no override: they share one immutable record of each
    // instead of holding their own (a tenth of a bulk review's memory at a million accounts).
    private ValueFactorScores Shared(ValueFactorScores scores)
    {
        if (scores == ValueFactorScores.None) return ValueFactorScores.None;
        return _scores is null ? scores : _scores.GetOrAdd(scores, scores);
    }

    private static TierOverride Shared(TierOverride value) =>
        value == NoOverride ? NoOverride : value == NoOverrideReason ? NoOverrideReason : value;

    /// <summary>The positions of the columns an account row is read from, in a table's rows.</summary>
    public static Positions PositionsIn(CsvRow row)
    {
        var positions = new Positions(new Dictionary<string, int>(ReferenceEqualityComparer.Instance));
        foreach (var column in ColumnsRead) positions.ByName[column] = row.IndexOf(column);
        return positions;
    }

    private string Value(string column) =>
        _positions.ByName.TryGetValue(column, out var index) ? _row[index] : _row[column];

    private string? Text(string column) => Value(column) is { Length: > 0 } text ? text : null;

    private DateTime? Date(string column)
    {
        var text = Value(column);
        if (text.Length == 0) return null;
        if (CsvDates.TryParse(text, _zone, out var date)) return date;
        throw Invalid(column, text, CliMessages.KindDate);
    }

    private decimal? Amount(string column)
    {
        var text = Value(column);
        if (CsvNumbers.TryAmount(text, out var amount)) return amount;
        throw Invalid(column, text, CliMessages.KindAmount);
    }

    private int? Whole(string column)
    {
        var text = Value(column);
        if (CsvNumbers.TryWhole(text, out var number)) return number;
        throw Invalid(column, text, CliMessages.KindWholeNumber);
    }

    private int? Factor(ValueFactor factor) => Score(ValueFactorNames.Column(factor));

    /// <summary>
    /// R10: a value factor outside 0–10 is treated as absent, with a warning. Effort to manage is a 0–10
    /// score too (the plugins reject anything else on save), so it is read the same way; absent = low (R15).
    /// </summary>
    private int? Score(string column)
    {
        var score = Whole(column);
        if (score is null || (score >= 0 && score <= 10)) return score;
        _warnings.Add(string.Format(CliMessages.FactorOutOfRangeWarning, _file, _row.Line, column, score));
        return null;
    }

    private UserMistakeException Invalid(string column, string text, string kind) =>
        new(string.Format(CliMessages.AccountValueInvalid, _file, _row.Line, column, text, kind));

    /// <summary>
    /// Column positions keyed by the column-name constants themselves (by reference): a row's
    /// values are found without hashing names, which was a third of reading a large accounts file.
    /// </summary>
    internal sealed class Positions
    {
        public Positions(Dictionary<string, int> byName)
        {
            ByName = byName;
        }

        public Dictionary<string, int> ByName { get; }
    }
}
