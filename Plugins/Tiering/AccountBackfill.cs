using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.History;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Rebuilds one account's tier history (R13: onboarding, highest, previous tier and the history rows)
/// by replaying Core's evaluation at every quarter end from <c>From</c>, then now, starting from an
/// empty state, exactly as the CLI review with <c>--every 3</c> does: the account joins at the first
/// date on or after its creation. Revenue per date comes from the same aggregate queries the
/// recalculation uses. Writes the rows, then the final state once (tag ctier:recalc:HistoryWritten, so
/// the history step adds no row of its own); nothing when both already match.
/// </summary>
public static class AccountBackfill
{
    /// <summary>True when something was written.</summary>
    /// <param name="existingHistory">The keys of the account's Backfill rows already written, read for its page (<see cref="BackfillHistory.ExistingKeysOfPage"/>); null: read here.</param>
    /// <param name="readings">A page's revenue at each date (<see cref="PageReplayReadings"/>); null: the account's own aggregates.</param>
    public static bool Run(
        IOrganizationService systemService,
        TierPolicy policy,
        Entity accountRow,
        DateTime from,
        DateTime operationCreatedOnUtc,
        Guid initiatingUserId,
        bool inTransaction,
        Action<string> trace,
        IAccountReadings? readings = null,
        ISet<string>? existingHistory = null)
    {
        var account = TieredAccount.From(accountRow, policy.TimeZone);
        var now = EvaluationWindow.At(policy, AsOfInstant.Resolve(DateTime.SpecifyKind(operationCreatedOnUtc, DateTimeKind.Utc), account.Stored.CalculatedOn));
        var windows = Windows(policy, from, now, account.Facts.CreationDate);
        var replay = TierReplay.Run(
            policy,
            account.Facts,
            windows,
            window => readings is null
                ? AccountRevenueReader.Read(systemService, policy, window, account.Id, inTransaction, trace)
                : readings.Revenue(window, account.Id),
            StoredTierState.Empty,
            MovementSource.Backfill,
            RecalculationScope.ExplanationCurrencyCode);
        var entries = replay.Select(step => step.HistoryEntry).Where(entry => entry is not null).Select(entry => entry!).ToList();
        var rows = BackfillHistory.Write(
            systemService, account, accountRow.GetAttributeValue<EntityReference>(AccountColumns.Currency), entries, policy.TimeZone, initiatingUserId, trace, existingHistory);

        var final = replay[replay.Count - 1].State;
        if (final.HasSameColumnsAs(account.Stored))
        {
            trace($"Account {account.Id}: replayed {windows.Count} dates, {rows} new history rows; the stored tier columns already match.");
            return rows > 0;
        }

        // The columns change now: calculated-on is this call's as-of, never an earlier quarter end (R2).
        // With the RowVersion read before the replay, and tagged so RecordTierChange adds no row of its own.
        var changes = AccountTierWriter.Changes(account, final with { CalculatedOn = now.AsOfUtc }, policy.TimeZone);
        AccountTierWriter.Write(systemService, changes, RecalculationTag.HistoryWritten);
        trace($"Account {account.Id}: replayed {windows.Count} dates, {rows} new history rows; wrote {string.Join(", ", changes.Attributes.Keys)}.");
        return true;
    }

    /// <summary>Quarter ends from <paramref name="from"/> up to now, then now; dates before the account existed are left out.</summary>
    public static IReadOnlyList<EvaluationWindow> Windows(TierPolicy policy, DateTime from, EvaluationWindow now, DateTime? creationDate)
    {
        var windows = ReviewSchedule.QuarterEnds(from, now.AsOfDate)
            .Where(date => date < now.AsOfDate && (creationDate is null || creationDate.Value <= date))
            .Select(date => EvaluationWindow.OnDate(policy, date))
            .ToList();
        windows.Add(now);
        return windows;
    }
}
