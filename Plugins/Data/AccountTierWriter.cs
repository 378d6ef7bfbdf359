using System;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Writes an evaluation's <see cref="StoredTierState"/> to the account: only the columns that
/// changed, tagged (<see cref="RecalculationTag"/>), so filtered steps and the protection step see
/// exactly what moved. Money is written in the account's own currency (base × the account's
/// exchange rate), so the platform's <c>_base</c> twin holds Core's base amount.
/// </summary>
public static class AccountTierWriter
{
    /// <summary>The ctier_calcerror column's length.</summary>
    public const int CalculationErrorMaxLength = 4000;

    /// <summary>An account with only the columns that differ between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static Entity Changes(TieredAccount account, StoredTierState after, PolicyTimeZone zone)
    {
        var before = account.Stored;
        var changes = new Entity(AccountColumns.Table, account.Id) { RowVersion = account.RowVersion };
        Option(changes, AccountColumns.Tier, before.Tier, after.Tier);
        Option(changes, AccountColumns.RevenueTier, before.RevenueTier, after.RevenueTier);
        Option(changes, AccountColumns.PreviousTier, before.PreviousTier, after.PreviousTier);
        Option(changes, AccountColumns.OnboardingTier, before.OnboardingTier, after.OnboardingTier);
        Option(changes, AccountColumns.HighestTier, before.HighestTier, after.HighestTier);
        Option(changes, AccountColumns.LastMovement, (int?)before.LastMovement, (int?)after.LastMovement);
        Date(changes, AccountColumns.TierChangedOn, before.TierChangedOn, after.TierChangedOn, zone);
        Date(changes, AccountColumns.RevenueTierChangedOn, before.RevenueTierChangedOn, after.RevenueTierChangedOn, zone);
        Amount(changes, AccountColumns.EffectiveRevenue, before.EffectiveRevenue, after.EffectiveRevenue, account.ExchangeRate);
        Amount(changes, AccountColumns.WonRevenue, before.WonRevenue, after.WonRevenue, account.ExchangeRate);
        Amount(changes, AccountColumns.PaidRevenue, before.PaidRevenue, after.PaidRevenue, account.ExchangeRate);
        Value(changes, AccountColumns.ValueScore, before.ValueScore, after.ValueScore);
        Value(changes, AccountColumns.ShareOfWallet, before.ShareOfWallet, after.ShareOfWallet);
        Option(changes, AccountColumns.Quadrant, (int?)before.Quadrant, (int?)after.Quadrant);
        if (before.BelowPeak != after.BelowPeak)
        {
            changes[AccountColumns.BelowPeak] = after.BelowPeak;
        }

        Text(changes, AccountColumns.Reason, before.Reason, after.Reason);
        Date(changes, AccountColumns.NextEvaluationOn, before.NextEvaluationOn, after.NextEvaluationOn, zone);
        Option(changes, AccountColumns.CalculationStatus, (int?)before.CalculationStatus, (int?)after.CalculationStatus);
        Text(changes, AccountColumns.CalculationError, before.CalculationError, after.CalculationError);
        if (before.CalculatedOn != after.CalculatedOn)
        {
            changes[AccountColumns.CalculatedOn] = after.CalculatedOn;
        }

        return changes;
    }

    /// <summary>
    /// One tagged Update (the tag tells RecordTierChange the source of a tier change). When the changes
    /// carry the RowVersion read before the aggregates, the write succeeds only if no one wrote the
    /// account since (ConcurrencyVersionMismatch otherwise): a stale job never overwrites a newer result.
    /// </summary>
    public static void Write(IOrganizationService systemService, Entity changes, MovementSource source) =>
        Write(systemService, changes, RecalculationTag.For(source));

    /// <summary>As <see cref="Write(IOrganizationService, Entity, MovementSource)"/> with the tag given.</summary>
    public static void Write(IOrganizationService systemService, Entity changes, string tag)
    {
        var request = new UpdateRequest
        {
            Target = changes,
            ConcurrencyBehavior = string.IsNullOrEmpty(changes.RowVersion) ? ConcurrencyBehavior.Default : ConcurrencyBehavior.IfRowVersionMatches,
        };
        request.Parameters[RecalculationTag.ParameterName] = tag;
        systemService.Execute(request);
    }

    /// <summary>
    /// Marks a failed recalculation (ctier_calcstatus Failed, ctier_calcerror); no tier column is touched.
    /// Asynchronous code only: in a transaction the failure rolls the mark back. No RowVersion: the mark
    /// touches only the status columns and must land even after lost races. It makes the account due now,
    /// so the next Due sweep evaluates it again and clears the mark.
    /// </summary>
    public static void WriteFailure(IOrganizationService systemService, Guid accountId, string message, DateTime retryOnUtc)
    {
        var changes = new Entity(AccountColumns.Table, accountId)
        {
            [AccountColumns.CalculationStatus] = new OptionSetValue((int)CalculationStatus.Failed),
            [AccountColumns.CalculationError] = Truncate(message, CalculationErrorMaxLength),
            // Due at once: the next Due sweep evaluates the account again and clears the mark.
            [AccountColumns.NextEvaluationOn] = retryOnUtc,
        };
        Write(systemService, changes, MovementSource.Plugin);
    }

    /// <summary>
    /// <see cref="WriteFailure"/> that never hides the original failure: a mark that cannot be written is
    /// traced. Asynchronous code only (it catches a platform fault).
    /// </summary>
    public static void TryWriteFailure(IOrganizationService systemService, Guid accountId, string message, DateTime retryOnUtc, Action<string> trace)
    {
        try
        {
            WriteFailure(systemService, accountId, message, retryOnUtc);
            trace($"Account {accountId} marked Failed: {message}");
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            trace($"Account {accountId} could not be marked Failed ({fault.Detail?.Message ?? fault.Message}).");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);

    private static void Option(Entity changes, string column, int? before, int? after)
    {
        if (before != after)
        {
            changes[column] = after is { } value ? new OptionSetValue(value) : null;
        }
    }

    private static void Date(Entity changes, string column, DateTime? before, DateTime? after, PolicyTimeZone zone)
    {
        if (before?.Date != after?.Date)
        {
            changes[column] = after is { } date ? zone.StartOfDayUtc(date) : null;
        }
    }

    private static void Amount(Entity changes, string column, decimal? before, decimal? after, decimal exchangeRate)
    {
        if (before != after)
        {
            changes[column] = after is { } value ? new Money(value * exchangeRate) : null;
        }
    }

    private static void Value(Entity changes, string column, decimal? before, decimal? after)
    {
        if (before != after)
        {
            changes[column] = after;
        }
    }

    private static void Text(Entity changes, string column, string? before, string? after)
    {
        if (!string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal))
        {
            changes[column] = after;
        }
    }
}
