using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Keeps account tiers current when revenue changes (DESIGN "RecalculateAccountTier"): finds the
/// affected account(s) — old and new on reparenting — and recalculates each from the data, as
/// SYSTEM, at the operation's time (never moving backwards). Idempotent: a redundant or repeated
/// job costs reads, never wrong data. A failure marks the account (ctier_calcstatus Failed,
/// ctier_calcerror) and fails the job; asynchronous steps have no transaction, so the mark stays.
/// </summary>
public sealed class RecalculateAccountTier : PluginBase
{
    /// <summary>{0} = the message name.</summary>
    public const string NoOpportunityMessage = "{0} carried no OpportunityClose with an opportunity; nothing to recalculate.";

    /// <summary>
    /// The base currency code shown in explanations. Empty: naming it would cost a read per event
    /// (the organisation's base currency); amounts are base currency either way.
    /// </summary>
    public const string ExplanationCurrencyCode = "";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var system = context.SystemService;
        context.Trace($"Recalculating for {execution.MessageName} of {execution.PrimaryEntityName} {execution.PrimaryEntityId}, caller {execution.InitiatingUserId}, as SYSTEM.");

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
        catch (InvalidPluginExecutionException invalid)
        {
            // No tier is touched: only the status columns say why the account was not recalculated.
            foreach (var account in accounts)
            {
                MarkFailed(context, account.Id, invalid.Message);
            }

            throw;
        }

        var source = SourceOf(execution);
        ExceptionDispatchInfo? firstFailure = null;
        foreach (var account in accounts)
        {
            try
            {
                AccountRecalculation.Run(system, policy, account, execution.OperationCreatedOn, source, ExplanationCurrencyCode, context.Trace);
            }
            catch (Exception failure)
            {
                // Whatever stopped this account (a rejection, a platform fault or anything unexpected), it is
                // marked and the event's other account still runs; the job then fails with the first cause.
                MarkFailed(context, account.Id, failure is FaultException<OrganizationServiceFault> fault ? fault.Detail?.Message ?? fault.Message : failure.Message);
                firstFailure ??= ExceptionDispatchInfo.Capture(failure);
            }
        }

        firstFailure?.Throw();
    }

    /// <summary>The account rows to recalculate, read as SYSTEM; deleted accounts are traced and skipped.</summary>
    private static IReadOnlyList<Entity> FindAccounts(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var found = new List<Entity>(2);
        if (execution.MessageName == "Win" || execution.MessageName == "Lose")
        {
            // No images on Win/Lose: one query finds the opportunity's account and reads it.
            var close = execution.InputParameters.TryGetValue(OpportunityColumns.CloseActivityParameter, out var parameter) ? parameter as Entity : null;
            var opportunity = close?.GetAttributeValue<EntityReference>(OpportunityColumns.CloseActivityOpportunity);
            if (opportunity is null)
            {
                context.Trace(string.Format(NoOpportunityMessage, execution.MessageName));
                return found;
            }

            var account = AccountTierReader.ForOpportunity(context.SystemService, opportunity.Id);
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

    /// <summary>A requested recalculation that also stamps the review date is the quarterly review (source Review).</summary>
    private static MovementSource SourceOf(IPluginExecutionContext execution) =>
        execution.PrimaryEntityName == AccountColumns.Table
        && execution.InputParameters.TryGetValue(StepImageNames.TargetProperty, out var target)
        && target is Entity account
        && account.Contains(AccountColumns.LastReviewedOn)
            ? MovementSource.Review
            : MovementSource.Plugin;

    private static void MarkFailed(LocalPluginContext context, Guid accountId, string message)
    {
        try
        {
            AccountTierWriter.WriteFailure(context.SystemService, accountId, message);
            context.Trace($"Account {accountId} marked Failed: {message}");
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            context.Trace($"Account {accountId} could not be marked Failed ({fault.Detail?.Message ?? fault.Message}).");
        }
    }
}
