using System;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Recalculates one account from its data: as-of (R2) → revenue aggregates → Core decides → write
/// only the changed columns. Shared by the recalculation plug-in and the recalculation Custom API.
/// Every call goes through the SYSTEM service it is given.
/// </summary>
public static class AccountRecalculation
{
    /// <summary>
    /// Evaluates <paramref name="accountRow"/> (read with <see cref="AccountTierReader"/>) at the later of
    /// <paramref name="operationCreatedOnUtc"/> and its stored ctier_calculatedon, and writes what changed.
    /// Returns the evaluation (its <see cref="TierEvaluation.Changed"/> says whether it wrote).
    /// </summary>
    public static TierEvaluation Run(
        IOrganizationService systemService,
        TierPolicy policy,
        Entity accountRow,
        DateTime operationCreatedOnUtc,
        MovementSource source,
        string currencyCode,
        Action<string> trace)
    {
        var account = TieredAccount.From(accountRow, policy.TimeZone);
        var asOf = AsOfInstant.Resolve(DateTime.SpecifyKind(operationCreatedOnUtc, DateTimeKind.Utc), account.Stored.CalculatedOn);
        var window = EvaluationWindow.At(policy, asOf);
        trace(string.Format(
            CultureInfo.InvariantCulture,
            "Account {0}: as-of {1:o} (operation {2:o}, stored calculation {3:o}), window ({4:yyyy-MM-dd}, {5:yyyy-MM-dd}] in {6}.",
            account.Id, asOf, operationCreatedOnUtc, account.Stored.CalculatedOn, window.Start, window.AsOfDate, policy.TimeZone.Id));

        var revenue = AccountRevenueReader.Read(systemService, policy, window, account.Id, inTransaction: false, trace);
        var evaluation = Evaluate(policy, window, account, revenue, source, currencyCode);
        var settled = account.SettledAgainst(evaluation.State);
        if (!ReferenceEquals(settled, account))
        {
            // Stored revenue a currency rounding away from Core's: the same amount, so compare again (Core is pure and cheap).
            account = settled;
            evaluation = Evaluate(policy, window, account, revenue, source, currencyCode);
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
        if (!evaluation.Changed)
        {
            trace($"Account {account.Id}: no stored column changed; nothing written.");
            return evaluation;
        }

        var changes = AccountTierWriter.Changes(account, evaluation.State, policy.TimeZone);
        trace($"Account {account.Id}: writing {string.Join(", ", changes.Attributes.Keys)}.");
        AccountTierWriter.Write(systemService, changes, evaluation.Source);
        return evaluation;
    }

    private static TierEvaluation Evaluate(TierPolicy policy, EvaluationWindow window, TieredAccount account, RevenueFacts revenue, MovementSource source, string currencyCode) =>
        TierEvaluator.Evaluate(new EvaluationRequest(policy, window, account.Facts)
        {
            Revenue = revenue,
            Previous = account.Stored,
            Source = source,
            CurrencyCode = currencyCode,
        });
}
