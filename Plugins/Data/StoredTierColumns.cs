using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The one map between the account's computed columns and Core's <see cref="StoredTierState"/>: each
/// entry reads its column into the state (<see cref="TieredAccount.From"/>) and writes it back only when
/// it changed (<see cref="AccountTierWriter.Changes"/>). Dates are calendar dates in the policy zone,
/// stored as the start of that day; money is read in base currency (cents) and written in the account's
/// currency (base × exchange rate), so the platform's <c>_base</c> twin holds Core's amount.
/// </summary>
public static class StoredTierColumns
{
    public static IReadOnlyList<StoredTierColumn> All { get; } = new[]
    {
        Option(AccountColumns.Tier, s => s.Tier, (s, v) => s with { Tier = v }),
        Option(AccountColumns.RevenueTier, s => s.RevenueTier, (s, v) => s with { RevenueTier = v }),
        Option(AccountColumns.PreviousTier, s => s.PreviousTier, (s, v) => s with { PreviousTier = v }),
        Option(AccountColumns.OnboardingTier, s => s.OnboardingTier, (s, v) => s with { OnboardingTier = v }),
        Option(AccountColumns.HighestTier, s => s.HighestTier, (s, v) => s with { HighestTier = v }),
        Option(AccountColumns.LastMovement, s => (int?)s.LastMovement, (s, v) => s with { LastMovement = (TierMovement?)v }),
        Date(AccountColumns.TierChangedOn, s => s.TierChangedOn, (s, v) => s with { TierChangedOn = v }),
        Date(AccountColumns.RevenueTierChangedOn, s => s.RevenueTierChangedOn, (s, v) => s with { RevenueTierChangedOn = v }),
        Amount(AccountColumns.EffectiveRevenue, s => s.EffectiveRevenue, (s, v) => s with { EffectiveRevenue = v }),
        Amount(AccountColumns.WonRevenue, s => s.WonRevenue, (s, v) => s with { WonRevenue = v }),
        Amount(AccountColumns.PaidRevenue, s => s.PaidRevenue, (s, v) => s with { PaidRevenue = v }),
        Number(AccountColumns.ValueScore, s => s.ValueScore, (s, v) => s with { ValueScore = v }),
        Number(AccountColumns.ShareOfWallet, s => s.ShareOfWallet, (s, v) => s with { ShareOfWallet = v }),
        Option(AccountColumns.Quadrant, s => (int?)s.Quadrant, (s, v) => s with { Quadrant = (Quadrant?)v }),
        new StoredTierColumn(
            AccountColumns.BelowPeak,
            (row, _, s) => s with { BelowPeak = row.GetAttributeValue<bool?>(AccountColumns.BelowPeak) ?? false },
            (changes, before, after, _, _) => WriteIf(changes, AccountColumns.BelowPeak, before.BelowPeak != after.BelowPeak, after.BelowPeak)),
        Text(AccountColumns.Reason, s => s.Reason, (s, v) => s with { Reason = v }),
        Date(AccountColumns.NextEvaluationOn, s => s.NextEvaluationOn, (s, v) => s with { NextEvaluationOn = v }),
        Option(AccountColumns.CalculationStatus, s => (int?)s.CalculationStatus, (s, v) => s with { CalculationStatus = (CalculationStatus?)v }),
        Text(AccountColumns.CalculationError, s => s.CalculationError, (s, v) => s with { CalculationError = v }),
        new StoredTierColumn(
            AccountColumns.CalculatedOn,
            (row, _, s) => s with { CalculatedOn = Utc(row.GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn)) },
            (changes, before, after, _, _) => WriteIf(changes, AccountColumns.CalculatedOn, before.CalculatedOn != after.CalculatedOn, after.CalculatedOn)),
    };

    /// <summary>The state the row's columns hold.</summary>
    public static StoredTierState Read(Entity row, PolicyTimeZone zone)
    {
        var state = StoredTierState.Empty;
        foreach (var column in All)
        {
            state = column.Read(row, zone, state);
        }

        return state;
    }

    private static StoredTierColumn Option(string column, Func<StoredTierState, int?> get, Func<StoredTierState, int?, StoredTierState> set) =>
        new(column,
            (row, _, s) => set(s, row.GetAttributeValue<OptionSetValue>(column)?.Value),
            (changes, before, after, _, _) => WriteIf(changes, column, get(before) != get(after), get(after) is { } value ? new OptionSetValue(value) : null));

    private static StoredTierColumn Date(string column, Func<StoredTierState, DateTime?> get, Func<StoredTierState, DateTime?, StoredTierState> set) =>
        new(column,
            (row, zone, s) => set(s, row.GetAttributeValue<DateTime?>(column) is { } instant ? zone.DateOf(instant) : null),
            (changes, before, after, zone, _) => WriteIf(changes, column, get(before)?.Date != get(after)?.Date, get(after) is { } date ? zone.StartOfDayUtc(date) : null));

    private static StoredTierColumn Amount(string column, Func<StoredTierState, decimal?> get, Func<StoredTierState, decimal?, StoredTierState> set) =>
        new(column,
            (row, _, s) => set(s, row.GetAttributeValue<Money>(AccountColumns.Base(column))?.Value is { } value ? Rounding.ToCents(value) : null),
            (changes, before, after, _, rate) => WriteIf(changes, column, get(before) != get(after), get(after) is { } value ? new Money(value * rate) : null));

    private static StoredTierColumn Number(string column, Func<StoredTierState, decimal?> get, Func<StoredTierState, decimal?, StoredTierState> set) =>
        new(column,
            (row, _, s) => set(s, row.GetAttributeValue<decimal?>(column)),
            (changes, before, after, _, _) => WriteIf(changes, column, get(before) != get(after), get(after)));

    private static StoredTierColumn Text(string column, Func<StoredTierState, string?> get, Func<StoredTierState, string?, StoredTierState> set) =>
        new(column,
            (row, _, s) => set(s, row.GetAttributeValue<string>(column)),
            (changes, before, after, _, _) => WriteIf(changes, column, !string.Equals(get(before) ?? string.Empty, get(after) ?? string.Empty, StringComparison.Ordinal), get(after)));

    private static void WriteIf(Entity changes, string column, bool changed, object? value)
    {
        if (changed)
        {
            changes[column] = value;
        }
    }

    private static DateTime? Utc(DateTime? instant) =>
        instant is { } value ? (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}

/// <summary>One computed account column: how it is read into the stored state and written back when it changed.</summary>
public sealed class StoredTierColumn
{
    private readonly Func<Entity, PolicyTimeZone, StoredTierState, StoredTierState> _read;
    private readonly Action<Entity, StoredTierState, StoredTierState, PolicyTimeZone, decimal> _write;

    public StoredTierColumn(
        string column,
        Func<Entity, PolicyTimeZone, StoredTierState, StoredTierState> read,
        Action<Entity, StoredTierState, StoredTierState, PolicyTimeZone, decimal> write)
    {
        Column = column;
        _read = read;
        _write = write;
    }

    public string Column { get; }

    public StoredTierState Read(Entity row, PolicyTimeZone zone, StoredTierState state) => _read(row, zone, state);

    /// <summary>Adds the column to <paramref name="changes"/> when it differs between the two states.</summary>
    public void Write(Entity changes, StoredTierState before, StoredTierState after, PolicyTimeZone zone, decimal exchangeRate) =>
        _write(changes, before, after, zone, exchangeRate);
}
