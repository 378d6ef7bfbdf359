using System;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// The comparison only, never shipped: ctier_RecalculateTiers done one account at a time, as the API
/// did before the sweep by page. It reads a page of accounts and runs the product's own per-account
/// code on each (<see cref="AccountRecalculation.Run"/>, <see cref="AccountBackfill.Run"/>, the probes
/// inside the transaction, an account too large for it queued to the asynchronous recalculation), so
/// its figures are what the per-account path really costs, not an estimate.
/// </summary>
public sealed class PerAccountSweep : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<CrmTiering.Plugins.Registration.StepRegistration> Steps =>
        Array.Empty<CrmTiering.Plugins.Registration.StepRegistration>();

    public override string CustomApi => RecalculateTiersApi.UniqueName;

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var request = RecalculationRequest.Read(execution.InputParameters);
        var system = context.SystemService;
        var operationCreatedOn = DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc);
        var policy = TierPolicySource.Read(system);
        var page = AccountPage.Read(system, request.Mode == RecalculationMode.Due ? operationCreatedOn : null, request.Cookie?.LastAccountId, request.PageSize);
        var backfillFrom = request.Mode == RecalculationMode.Backfill ? request.From : null;
        var scope = new RecalculationScope(inTransaction: true, keepsContactDue: true);
        int changed = 0, queued = 0, failed = 0;
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
                queued++;
                RecalculationQueue.Enqueue(system, account.Id, backfillFrom, large.Message);
            }
            catch (Exception failure) when (!(failure is FaultException))
            {
                failed++;
                RecalculationQueue.Enqueue(system, account.Id, backfillFrom, failure.Message);
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
}
