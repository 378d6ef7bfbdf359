using System;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Does a queued <c>ctier_tierrecalculation</c> (asynchronous post-operation Create): recalculates the
/// account from data, or rebuilds its history from <c>ctier_backfillfrom</c>, as SYSTEM and outside
/// any transaction, so an aggregate over the cap is sliced by date and a failure mark persists. The
/// row is deleted when the work is done; a failure leaves it (and the account's mark) for the admin.
/// </summary>
public sealed class RecalculateQueuedAccount : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => RecalculationSteps.Queued;

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var system = context.SystemService;
        var queued = execution.PostEntityImages.TryGetValue(StepImageNames.PostImage, out var image) ? image
            : execution.InputParameters.TryGetValue(StepImageNames.TargetProperty, out var target) ? target as Entity : null;
        var accountId = queued?.GetAttributeValue<EntityReference>(TierRecalculationColumns.Account)?.Id;
        if (accountId is not Guid id || id == Guid.Empty)
        {
            context.Trace($"Tier recalculation {execution.PrimaryEntityId} names no account; nothing to do.");
            return;
        }

        var account = AccountTierReader.Retrieve(system, id);
        if (account is null)
        {
            context.Trace($"Account {id} no longer exists; the queued recalculation is dropped.");
            RemoveQueued(context);
            return;
        }

        var backfillFrom = queued!.GetAttributeValue<DateTime?>(TierRecalculationColumns.BackfillFrom)?.Date;
        try
        {
            var policy = TierPolicySource.Read(system);
            if (backfillFrom is { } from)
            {
                // Repeated on a lost race: its history rows are de-duplicated, so a repeat adds none.
                LostRaceRetry.Run(
                    system, account, inTransaction: false,
                    row =>
                    {
                        AccountBackfill.Run(system, policy, row, from, execution.OperationCreatedOn, execution.InitiatingUserId, inTransaction: false, context.Trace);
                        return row;
                    },
                    context.Trace);
            }
            else
            {
                AccountRecalculation.Run(system, policy, account, execution.OperationCreatedOn, MovementSource.Plugin, new RecalculationScope(inTransaction: false, keepsContactDue: true), context.Trace);
            }
        }
        catch (Exception failure)
        {
            // No transaction: the mark stays although the job fails.
            var message = failure is FaultException<OrganizationServiceFault> fault ? fault.Detail?.Message ?? fault.Message : failure.Message;
            AccountTierWriter.TryWriteFailure(system, id, message, execution.OperationCreatedOn, context.Trace);
            throw;
        }

        RemoveQueued(context);
        context.Trace($"Queued recalculation of account {id} done{(backfillFrom is { } date ? $" (backfill from {date:yyyy-MM-dd})" : string.Empty)}.");
    }

    /// <summary>Deletes the done request; one already gone (deleted with its account, or by an admin) is done too.</summary>
    private static void RemoveQueued(LocalPluginContext context)
    {
        try
        {
            context.SystemService.Delete(TierRecalculationColumns.Table, context.PluginExecutionContext.PrimaryEntityId);
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == PlatformErrorCodes.ObjectDoesNotExist)
        {
            // Asynchronous: no transaction to end.
            context.Trace("The queued request was already deleted.");
        }
    }
}
