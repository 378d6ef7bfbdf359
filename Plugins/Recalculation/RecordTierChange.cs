using System;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Writes the <c>ctier_tierchange</c> row (R13) when an account's tier changes, inside the
/// account's own transaction: from = the pre-image tier, to and movement (ctier_lastmovement),
/// effective revenue, reason and calculated-on from the post-image, source from
/// <see cref="TierChangeSource"/>. The tag labels the source (or, for the backfill's final write,
/// says the rows exist already) only when the write is SYSTEM's: a user's tag is ignored, whatever it
/// says. One Create as SYSTEM, and for a Tier1Slip or Surge one Update that sets the follow-up flag the
/// process starts on (so Initial and Backfill rows start no workflow job). The caller is traced and
/// kept in the row's <c>ctier_initiatedby</c>.
/// </summary>
public sealed class RecordTierChange : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => TierChangeSteps.All;


    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
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
        var historyWritten = false;
        var source = TierChangeSource.FromStep(execution) ?? SourceFromTag(context, out historyWritten);
        if (historyWritten)
        {
            // The Backfill Custom API wrote the replayed history itself before this final state.
            context.Trace("The history of this change is already written (backfill); no row.");
            return;
        }

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
        if (TierChangeColumns.Initiator(execution.InitiatingUserId) is { } caller)
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
        if (StartsFollowUp(movement, source))
        {
            // The follow-up process starts on this change of the flag, never on Create.
            context.SystemService.Update(new Entity(TierChangeColumns.Table, id) { [TierChangeColumns.NeedsFollowUp] = true });
            context.Trace($"Tier-change row {id} flagged for follow-up.");
        }
    }

    /// <summary>Slips and surges start the follow-up process; the backfill's replayed history never does.</summary>
    public static bool StartsFollowUp(TierMovement movement, MovementSource source) =>
        (movement == TierMovement.Tier1Slip || movement == TierMovement.Surge) && source != MovementSource.Backfill;

    /// <summary>
    /// The source a SYSTEM write's tag names. Reading whether the write is SYSTEM's costs a call, so it
    /// is asked only when the tag would change the row (a source other than Plugin, or HistoryWritten).
    /// </summary>
    private static MovementSource SourceFromTag(LocalPluginContext context, out bool historyWritten)
    {
        historyWritten = false;
        var tag = RecalculationTag.Of(context.PluginExecutionContext);
        if (tag is null || tag == RecalculationTag.Recalculation)
        {
            return MovementSource.Plugin;
        }

        if (!context.OperationRunsAsSystem())
        {
            context.Trace($"Tag \"{tag}\" on a write by user {context.PluginExecutionContext.UserId} ignored: tags label SYSTEM writes only.");
            return MovementSource.Plugin;
        }

        historyWritten = tag == RecalculationTag.HistoryWritten;
        return TierChangeSource.FromTag(tag);
    }
}
