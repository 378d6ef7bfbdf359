using System;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Protection;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Writes the <c>ctier_tierchange</c> row (R13) when an account's tier changes, inside the
/// account's own transaction: from = the pre-image tier, to and movement (ctier_lastmovement),
/// effective revenue, reason and calculated-on from the post-image, source from
/// <see cref="TierChangeSource"/>. One call (a Create as SYSTEM); the caller is traced and kept in
/// the row's <c>ctier_initiatedby</c>.
/// </summary>
public sealed class RecordTierChange : PluginBase
{
    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (RecalculationTag.IsHistoryWritten(execution))
        {
            // The Backfill Custom API wrote the replayed history itself before this final state.
            context.Trace("The history of this change is already written (backfill); no row.");
            return;
        }

        var after = execution.PostEntityImages.TryGetValue(StepImageNames.PostImage, out var post) ? post : null;
        var to = after?.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value;
        if (after is null || to is null)
        {
            context.Trace("The account has no tier after the operation; no history row.");
            return;
        }

        var from = execution.PreEntityImages.TryGetValue(StepImageNames.PreImage, out var pre)
            ? pre.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value
            : null;
        if (from == to)
        {
            context.Trace($"Tier {to} did not change; no history row.");
            return;
        }

        var movement = (TierMovement?)after.GetAttributeValue<OptionSetValue>(AccountColumns.LastMovement)?.Value
            ?? (from is null ? TierMovement.Initial : TierMovement.None);
        var source = TierChangeSource.Of(execution);
        var row = new Entity(TierChangeColumns.Table)
        {
            [TierChangeColumns.Name] = TierChangeName.For(from, to.Value, movement),
            [TierChangeColumns.Account] = new EntityReference(AccountColumns.Table, execution.PrimaryEntityId),
            [TierChangeColumns.FromTier] = from is { } fromValue ? new OptionSetValue(fromValue) : null,
            [TierChangeColumns.ToTier] = new OptionSetValue(to.Value),
            [TierChangeColumns.Movement] = movement == TierMovement.None ? null : new OptionSetValue((int)movement),
            [TierChangeColumns.EffectiveRevenue] = after.GetAttributeValue<Money>(AccountColumns.EffectiveRevenue),
            [TierChangeColumns.Reason] = after.GetAttributeValue<string>(AccountColumns.Reason),
            [TierChangeColumns.Source] = new OptionSetValue((int)source),
            [TierChangeColumns.CalculatedOn] = after.GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn) ?? execution.OperationCreatedOn,
        };
        if (InitiatedBy(execution.InitiatingUserId) is { } caller)
        {
            row[TierChangeColumns.InitiatedBy] = caller;
        }

        if (after.GetAttributeValue<EntityReference>(AccountColumns.Currency) is { } currency)
        {
            // The row's amount is in the account's currency, like the post-image value it copies.
            row[TierChangeColumns.Currency] = new EntityReference(currency.LogicalName, currency.Id);
        }

        var id = context.SystemService.Create(row);
        context.Trace($"Tier-change row {id}: {from?.ToString(CultureInfo.InvariantCulture) ?? "none"} → {to}, {movement}, source {source}, caller {execution.InitiatingUserId}.");
    }

    /// <summary>
    /// The user whose action caused the change (InitiatingUserId: writing through the SYSTEM service,
    /// also from an asynchronous recalculation, does not replace it), so the row names the rep who won
    /// the deal rather than SYSTEM.
    /// </summary>
    public static EntityReference? InitiatedBy(Guid initiatingUserId) =>
        initiatingUserId == Guid.Empty ? null : new EntityReference(SystemUser.Table, initiatingUserId);
}
