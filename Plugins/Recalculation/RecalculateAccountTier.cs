using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Keeps account tiers current when revenue changes (DESIGN "RecalculateAccountTier"): finds the
/// affected account(s) — old and new on reparenting — and recalculates each from the data, as
/// SYSTEM, at the operation's time (never moving backwards). Idempotent: a redundant or repeated
/// job costs reads, never wrong data. Asynchronous steps have no transaction: a failure marks the
/// account (ctier_calcstatus Failed, ctier_calcerror), the event's other account still runs, and the
/// job fails. The synchronous step (a requested recalculation) runs in the user's transaction: it
/// catches no fault, hands an account too large for one transaction to the background, and lets any
/// other failure reject the save.
/// </summary>
public sealed class RecalculateAccountTier : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => RecalculationSteps.Declared;

    /// <summary>{0} = the message name.</summary>
    public const string NoOpportunityMessage = "{0} carried no OpportunityClose with an opportunity; nothing to recalculate.";


    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var system = context.SystemService;
        var inTransaction = execution.IsInTransaction;
        context.Trace($"Recalculating for {execution.MessageName} of {execution.PrimaryEntityName} {execution.PrimaryEntityId}, caller {execution.InitiatingUserId}, as SYSTEM{(inTransaction ? ", in the caller's transaction" : string.Empty)}.");

        var accounts = FindAccounts(context);
        if (accounts.Count == 0)
        {
            context.Trace("No account is affected (no account on the record, a contact as customer, or the account is gone).");
            return;
        }

        TierPolicy policy;
        try
        {
            policy = TierPolicySource.Read(system);
        }
        catch (InvalidPluginExecutionException invalid) when (!inTransaction)
        {
            // No tier is touched: only the status columns say why the account was not recalculated.
            foreach (var account in accounts)
            {
                MarkFailed(context, account.Id, invalid.Message);
            }

            throw;
        }

        var review = IsReview(execution);
        var scope = new RecalculationScope(inTransaction, keepsContactDue: review);
        var source = review ? MovementSource.Review : MovementSource.Plugin;
        ExceptionDispatchInfo? firstFailure = null;
        foreach (var account in accounts)
        {
            if (inTransaction)
            {
                RecalculateInTransaction(context, policy, account, source, scope);
                continue;
            }

            try
            {
                AccountRecalculation.Run(system, policy, account, execution.OperationCreatedOn, source, scope, context.Trace);
            }
            catch (Exception failure)
            {
                // Asynchronous: whatever stopped this account, it is marked and the event's other account
                // still runs; the job then fails with the first cause.
                MarkFailed(context, account.Id, failure is FaultException<OrganizationServiceFault> fault ? fault.Detail?.Message ?? fault.Message : failure.Message);
                firstFailure ??= ExceptionDispatchInfo.Capture(failure);
            }
        }

        firstFailure?.Throw();
    }

    private static void RecalculateInTransaction(LocalPluginContext context, TierPolicy policy, Entity account, MovementSource source, RecalculationScope scope)
    {
        try
        {
            AccountRecalculation.Run(context.SystemService, policy, account, context.PluginExecutionContext.OperationCreatedOn, source, scope, context.Trace);
        }
        catch (TooLargeForTransactionException large)
        {
            // No call failed: the probe said the sums could meet the cap, which would end the user's transaction.
            RecalculationQueue.Enqueue(context.SystemService, account.Id, backfillFrom: null, large.Message);
            context.Trace(large.Message);
        }
    }

    /// <summary>The account rows to recalculate, read as SYSTEM; deleted accounts are traced and skipped.</summary>
    private static IReadOnlyList<Entity> FindAccounts(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var found = new List<Entity>(2);
        if (ClosedOpportunity(execution) is { } closed)
        {
            // Win and Lose carry no images, nor does the close activity name an account: one query finds
            // the opportunity's account and reads it.
            if (closed == Guid.Empty)
            {
                context.Trace(string.Format(NoOpportunityMessage, execution.MessageName));
                return found;
            }

            var account = AccountTierReader.ForOpportunity(context.SystemService, closed);
            if (account is not null)
            {
                found.Add(account);
            }

            return found;
        }

        foreach (var id in AffectedAccounts.Of(execution))
        {
            var account = AccountTierReader.Retrieve(context.SystemService, id);
            if (account is null)
            {
                context.Trace($"Account {id} no longer exists; skipped.");
                continue;
            }

            found.Add(account);
        }

        return found;
    }

    /// <summary>
    /// The opportunity a Win, a Lose or the Create of their close activity is about; Guid.Empty when the
    /// event names none; null for every other event.
    /// </summary>
    private static Guid? ClosedOpportunity(IPluginExecutionContext execution)
    {
        Entity? close = null;
        if (execution.MessageName == nameof(SdkMessage.Win) || execution.MessageName == nameof(SdkMessage.Lose))
        {
            close = execution.InputParameters.TryGetValue(OpportunityColumns.CloseActivityParameter, out var parameter) ? parameter as Entity : null;
        }
        else if (execution.PrimaryEntityName == OpportunityColumns.CloseActivityTable)
        {
            close = execution.PostEntityImages.TryGetValue(StepImageNames.PostImage, out var image) ? image
                : execution.InputParameters.TryGetValue(StepImageNames.TargetProperty, out var target) ? target as Entity : null;
        }
        else
        {
            return null;
        }

        return close?.GetAttributeValue<EntityReference>(OpportunityColumns.CloseActivityOpportunity)?.Id ?? Guid.Empty;
    }

    /// <summary>A requested recalculation that also stamps the review date is the quarterly review (source Review).</summary>
    private static bool IsReview(IPluginExecutionContext execution) =>
        execution.PrimaryEntityName == AccountColumns.Table
        && execution.MessageName == nameof(SdkMessage.Update)
        && execution.InputParameters.TryGetValue(StepImageNames.TargetProperty, out var target)
        && target is Entity account
        && account.Contains(AccountColumns.LastReviewedOn);

    /// <summary>Asynchronous code only: outside a transaction the mark persists although the job fails.</summary>
    private static void MarkFailed(LocalPluginContext context, Guid accountId, string message) =>
        AccountTierWriter.TryWriteFailure(context.SystemService, accountId, message, context.PluginExecutionContext.OperationCreatedOn, context.Trace);
}
