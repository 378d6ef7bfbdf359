using System;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Recalculates one account from its data: as-of (R2) → revenue aggregates → Core decides → write
/// only the changed columns, with the RowVersion read before the aggregates. Shared by the
/// recalculation plug-ins and the recalculation Custom API; every call goes through the SYSTEM
/// service it is given. A lost race is handled by <see cref="LostRaceRetry"/>. The per-account path and the
/// sweep's page path share this read→evaluate→write code and differ only in their <see cref="IAccountReadings"/>:
/// the account's own queries, or the page's grouped aggregates read before any account is evaluated.
/// </summary>
public static class AccountRecalculation
{
    /// <summary>
    /// Evaluates <paramref name="accountRow"/> (read with <see cref="AccountTierReader"/>) at the later of
    /// <paramref name="operationCreatedOnUtc"/> and its stored ctier_calculatedon, and writes what changed.
    /// Null when the account disappeared while the job retried.
    /// </summary>
    public static AccountRecalculationResult? Run(
        IOrganizationService systemService,
        TierPolicy policy,
        Entity accountRow,
        DateTime operationCreatedOnUtc,
        MovementSource source,
        RecalculationScope scope,
        Action<string> trace)
    {
        return Run(systemService, policy, accountRow, operationCreatedOnUtc, source, scope, new AccountQueries(systemService, policy, scope.InTransaction, trace), trace);
    }

    /// <summary>As above, with the revenue and last activity from <paramref name="readings"/> (the page's aggregates).</summary>
    public static AccountRecalculationResult? Run(
        IOrganizationService systemService,
        TierPolicy policy,
        Entity accountRow,
        DateTime operationCreatedOnUtc,
        MovementSource source,
        RecalculationScope scope,
        IAccountReadings readings,
        Action<string> trace)
    {
        return LostRaceRetry.Run(
            systemService, accountRow, scope.InTransaction, row => RunOnce(systemService, policy, row, operationCreatedOnUtc, source, scope, readings, trace), trace);
    }

    /// <summary>The as-of of an account evaluated at <paramref name="operationCreatedOnUtc"/>: the later of it and the stored calculation (R2).</summary>
    public static DateTime AsOf(TieredAccount account, DateTime operationCreatedOnUtc) =>
        AsOfInstant.Resolve(DateTime.SpecifyKind(operationCreatedOnUtc, DateTimeKind.Utc), account.Stored.CalculatedOn);

    private static AccountRecalculationResult RunOnce(
        IOrganizationService systemService,
        TierPolicy policy,
        Entity accountRow,
        DateTime operationCreatedOnUtc,
        MovementSource source,
        RecalculationScope scope,
        IAccountReadings readings,
        Action<string> trace)
    {
        var account = TieredAccount.From(accountRow, policy.TimeZone);
        var asOf = AsOf(account, operationCreatedOnUtc);
        var window = EvaluationWindow.At(policy, asOf);
        trace(string.Format(
            CultureInfo.InvariantCulture,
            "Account {0}: as-of {1:o} (operation {2:o}, stored calculation {3:o}), window ({4:yyyy-MM-dd}, {5:yyyy-MM-dd}] in {6}.",
            account.Id, asOf, operationCreatedOnUtc, account.Stored.CalculatedOn, window.Start, window.AsOfDate, policy.TimeZone.Id));

        var revenue = readings.Revenue(window, account.Id);
        var evaluation = Evaluate(policy, window, account, revenue, source);
        var settled = account.SettledAgainst(evaluation.State);
        if (!ReferenceEquals(settled, account))
        {
            // Stored revenue a currency rounding away from Core's: the same amount, so compare again (Core is pure and cheap).
            account = settled;
            evaluation = Evaluate(policy, window, account, revenue, source);
        }

        foreach (var note in evaluation.Trace)
        {
            trace(note);
        }

        trace(string.Format(
            CultureInfo.InvariantCulture,
            "Account {0}: effective revenue {1}, revenue tier {2} ({3}), tier {4}, movement {5}, source {6}, next evaluation {7:yyyy-MM-dd}.",
            account.Id, evaluation.Revenue.Effective, evaluation.RevenueTier.Tier.Name, evaluation.RevenueTier.Step,
            evaluation.Tier.Name, evaluation.Movement, evaluation.Source, evaluation.NextEvaluationOn));

        var changes = evaluation.Changed ? AccountTierWriter.Changes(account, evaluation.State, policy.TimeZone) : new Entity(AccountColumns.Table, account.Id) { RowVersion = account.RowVersion };
        if (scope.KeepsContactDue)
        {
            // R17: the sweep and the review keep the next contact due current, in the same write.
            var flags = ContactSchedule.Flags(policy, evaluation.State, readings.LastCompletedActivity(account.Id), window.AsOfDate);
            if (ContactSchedule.Change(policy, accountRow.GetAttributeValue<DateTime?>(AccountColumns.NextContactDue), flags.NextContactDue) is { } due)
            {
                changes[AccountColumns.NextContactDue] = due;
                trace($"Account {account.Id}: next contact due {flags.NextContactDue:yyyy-MM-dd}.");
            }
        }

        if (changes.Attributes.Count == 0)
        {
            trace($"Account {account.Id}: no stored column changed; nothing written.");
            return new AccountRecalculationResult(evaluation, wrote: false);
        }

        trace($"Account {account.Id}: writing {string.Join(", ", changes.Attributes.Keys)} (row version {account.RowVersion}).");
        AccountTierWriter.Write(systemService, changes, evaluation.Source);
        return new AccountRecalculationResult(evaluation, wrote: true);
    }

    private static TierEvaluation Evaluate(TierPolicy policy, EvaluationWindow window, TieredAccount account, RevenueFacts revenue, MovementSource source) =>
        TierEvaluator.Evaluate(new EvaluationRequest(policy, window, account.Facts)
        {
            Revenue = revenue,
            Previous = account.Stored,
            Source = source,
            CurrencyCode = RecalculationScope.ExplanationCurrencyCode,
        });
}
