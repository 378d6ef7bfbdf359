using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.AccountInputs;

/// <summary>
/// Applies a user's tier inputs in the same save (sync pre-operation, rank 2, account Create/Update).
/// On Create: the onboarding classification from expected revenue and factors. On Update of factors,
/// effort, override or the client's revenue: bump, override, quadrant and share of wallet re-derived
/// from the stored revenue columns (no aggregate query). An expected-revenue change instead stamps
/// <c>ctier_recalcrequestedon</c>: its base amount exists only after the core operation, so the
/// synchronous recalculation step recomputes from data. One call either way: the policy.
/// </summary>
public sealed class AccountTierInputs : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => AccountInputSteps.All;

    /// <summary>The Update pre-image alias: the inputs and the stored tier columns.</summary>
    public const string PreImageName = "stored";


    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (!execution.InputParameters.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return;
        }

        InputScores.Check(target);

        var isCreate = execution.MessageName == nameof(SdkMessage.Create);
        execution.PreEntityImages.TryGetValue(PreImageName, out var stored);
        if (!isCreate && ExpectedRevenueChanged(target, stored))
        {
            target[AccountColumns.RecalculationRequestedOn] = execution.OperationCreatedOn;
            context.Trace("Expected annual revenue changed: recalculation requested; the synchronous recalculation step recomputes from data.");
            return;
        }

        var policy = TierPolicySource.Read(context.SystemService);
        var row = AccountAsSaved.Merge(isCreate ? null : stored, target, isCreate ? target.Id : execution.PrimaryEntityId, PreImageColumns.All);
        if (isCreate && !row.Contains(AccountColumns.CreatedOn))
        {
            // createdon is set by the core operation; the as-of is its value.
            row[AccountColumns.CreatedOn] = execution.OperationCreatedOn;
        }

        var account = TieredAccount.From(row, policy.TimeZone);
        var asOf = AsOfInstant.Resolve(DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc), account.Stored.CalculatedOn);
        var evaluation = TierEvaluator.Evaluate(new EvaluationRequest(policy, EvaluationWindow.At(policy, asOf), account.Facts)
        {
            // Create: a new account has no revenue records yet. Update: null reuses the stored revenue columns.
            Revenue = isCreate ? RevenueFacts.None : null,
            Previous = account.Stored,
            Source = MovementSource.Plugin,
            CurrencyCode = RecalculationScope.ExplanationCurrencyCode,
        });
        foreach (var note in evaluation.Trace)
        {
            context.Trace(note);
        }

        context.Trace($"Derived tier {evaluation.Tier.Name} (revenue tier {evaluation.RevenueTier.Tier.Name}, score {evaluation.ValueScore}, override {evaluation.Override}), movement {evaluation.Movement}, source {evaluation.Source}.");
        if (!evaluation.Changed)
        {
            context.Trace("No tier column changes.");
            return;
        }

        var changes = AccountTierWriter.Changes(account, evaluation.State, policy.TimeZone);
        foreach (var column in changes.Attributes)
        {
            target[column.Key] = column.Value;
        }

        if (evaluation.HistoryEntry is { } entry)
        {
            // RecordTierChange (post-operation, same operation) reads the source from here.
            execution.SharedVariables[TierChangeSource.SharedVariableName] = entry.Source.ToString();
        }

        context.Trace($"Wrote {string.Join(", ", changes.Attributes.Keys)} into the saved account.");
    }

    private static bool ExpectedRevenueChanged(Entity target, Entity? stored) =>
        target.Contains(AccountColumns.ExpectedAnnualRevenue)
        && !ColumnValue.Same(
            target[AccountColumns.ExpectedAnnualRevenue],
            stored is not null && stored.Contains(AccountColumns.ExpectedAnnualRevenue) ? stored[AccountColumns.ExpectedAnnualRevenue] : null);
}
