using System;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// The plug-in behind the Custom API <c>ctier_RecalculateTiers</c> (named in customapi.xml). One page
/// of active accounts per call, read and written as SYSTEM: <c>Due</c> recalculates those whose
/// next evaluation has passed, <c>All</c> every one (after a policy change), <c>Backfill</c> replays
/// quarter ends from <c>From</c>. Idempotent: an account whose columns already match is not
/// written, so a repeated call or page changes nothing. A page whose account fails in Core is
/// counted in Failed and marked on the account; a platform fault fails the call (the caller repeats
/// it with the same cookie).
/// </summary>
public sealed class RecalculateTiers : PluginBase
{
    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var request = RecalculationRequest.Read(execution.InputParameters);
        var system = context.SystemService;
        var operationCreatedOn = DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc);
        var policy = TierPolicySource.Read(system);
        if (request.Mode == RecalculationMode.Backfill && request.From > policy.TimeZone.DateOf(operationCreatedOn))
        {
            throw new InvalidPluginExecutionException(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, RecalculateTiersApi.FromInFutureMessage, request.From, policy.TimeZone.DateOf(operationCreatedOn)));
        }

        var page = AccountPage.Read(
            system,
            request.Mode == RecalculationMode.Due ? operationCreatedOn : null,
            request.Cookie?.LastAccountId,
            request.PageSize);
        context.Trace($"{request.Mode}: {page.Accounts.Count} accounts after {request.Cookie?.LastAccountId.ToString() ?? "the start"}, more: {page.MoreRecords}; caller {execution.InitiatingUserId}.");

        int changed = 0, failed = 0;
        foreach (var account in page.Accounts)
        {
            try
            {
                var wrote = request.Mode == RecalculationMode.Backfill
                    ? AccountBackfill.Run(system, policy, account, request.From!.Value, operationCreatedOn, execution.InitiatingUserId, RecalculateAccountTier.ExplanationCurrencyCode, context.Trace)
                    : Recalculate(system, policy, account, operationCreatedOn, context.Trace);
                changed += wrote ? 1 : 0;
            }
            catch (Exception failure) when (!(failure is FaultException<OrganizationServiceFault>))
            {
                failed++;
                context.Trace($"Account {account.Id} failed: {failure.Message}");
                AccountTierWriter.WriteFailure(system, account.Id, failure.Message);
            }
        }

        execution.OutputParameters[RecalculateTiersApi.Processed] = page.Accounts.Count;
        execution.OutputParameters[RecalculateTiersApi.Changed] = changed;
        execution.OutputParameters[RecalculateTiersApi.Failed] = failed;
        execution.OutputParameters[RecalculateTiersApi.MoreRecords] = page.MoreRecords;
        execution.OutputParameters[RecalculateTiersApi.PageCookie] = page.MoreRecords && page.Accounts.Count > 0
            ? new ContinuationCookie(request.Mode, page.Accounts[page.Accounts.Count - 1].Id).ToString()
            : string.Empty;
    }

    /// <summary>Due/All for one account: the tier from data, then R17's next contact due (the sweep keeps it current). True when it wrote.</summary>
    private static bool Recalculate(IOrganizationService system, TierPolicy policy, Entity account, DateTime operationCreatedOn, Action<string> trace)
    {
        var evaluation = AccountRecalculation.Run(system, policy, account, operationCreatedOn, MovementSource.Plugin, RecalculateAccountTier.ExplanationCurrencyCode, trace);
        var flags = ContactSchedule.Flags(policy, evaluation.State, ContactSchedule.LastCompletedActivity(system, account.Id), evaluation.Window.AsOfDate);
        var contactMoved = ContactSchedule.Store(system, policy, account.Id, account.GetAttributeValue<DateTime?>(AccountColumns.NextContactDue), flags.NextContactDue);
        if (contactMoved)
        {
            trace($"Account {account.Id}: next contact due {flags.NextContactDue:yyyy-MM-dd}.");
        }

        return evaluation.Changed || contactMoved;
    }
}
