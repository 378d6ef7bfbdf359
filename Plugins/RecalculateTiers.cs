using System;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// The plug-in behind the Custom API <c>ctier_RecalculateTiers</c> (named in customapi.xml; its execute
/// privilege, <c>prvCreatectier_tierrecalculation</c>, is held only by the Tiering Administrator role and
/// System Administrators). One page of active accounts per call, read and written as SYSTEM:
/// <c>Due</c> recalculates those whose next evaluation has passed, <c>All</c> every one (after a policy
/// change), <c>Backfill</c> replays quarter ends from <c>From</c>. Idempotent: an account whose columns
/// already match is not written, so a repeated call or page changes nothing.
/// The call runs in one transaction, where a failed service call ends it: the API catches no fault
/// (the caller repeats a failed page with the same cookie). An account too large to sum inside the
/// transaction, or whose evaluation throws, is handed to an asynchronous recalculation
/// (<see cref="RecalculationQueue"/>), counted in Queued or Failed, and never fails the page.
/// </summary>
public sealed class RecalculateTiers : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => System.Array.Empty<Registration.StepRegistration>();

    public override string CustomApi => RecalculateTiersApi.UniqueName;

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

        int changed = 0, queued = 0, failed = 0;
        // The API's main operation always runs in the caller's transaction: probe, never slice on a fault.
        var scope = new RecalculationScope(inTransaction: true, keepsContactDue: true);
        foreach (var account in page.Accounts)
        {
            try
            {
                var wrote = request.Mode == RecalculationMode.Backfill
                    ? AccountBackfill.Run(system, policy, account, request.From!.Value, operationCreatedOn, execution.InitiatingUserId, scope.InTransaction, context.Trace)
                    : AccountRecalculation.Run(system, policy, account, operationCreatedOn, MovementSource.Plugin, scope, context.Trace)?.Wrote == true;
                changed += wrote ? 1 : 0;
            }
            catch (TooLargeForTransactionException large)
            {
                // A probe, not a failed call: the transaction is intact, so the account can be queued.
                queued++;
                RecalculationQueue.Enqueue(system, account.Id, BackfillFrom(request), large.Message);
                context.Trace(large.Message);
            }
            catch (Exception failure) when (!(failure is FaultException))
            {
                // The evaluation itself threw (no service call failed, so the transaction is intact). The
                // background job repeats it outside the transaction and marks the account if it fails again.
                failed++;
                RecalculationQueue.Enqueue(system, account.Id, BackfillFrom(request), failure.Message);
                context.Trace($"Account {account.Id} failed ({failure.Message}); queued for a background recalculation.");
            }
        }

        execution.OutputParameters[RecalculateTiersApi.Processed] = page.Accounts.Count;
        execution.OutputParameters[RecalculateTiersApi.Changed] = changed;
        execution.OutputParameters[RecalculateTiersApi.Queued] = queued;
        execution.OutputParameters[RecalculateTiersApi.Failed] = failed;
        execution.OutputParameters[RecalculateTiersApi.MoreRecords] = page.MoreRecords;
        execution.OutputParameters[RecalculateTiersApi.PageCookie] = page.MoreRecords && page.Accounts.Count > 0
            ? new ContinuationCookie(request.Mode, page.Accounts[page.Accounts.Count - 1].Id).ToString()
            : string.Empty;
    }

    private static DateTime? BackfillFrom(RecalculationRequest request) =>
        request.Mode == RecalculationMode.Backfill ? request.From : null;
}
