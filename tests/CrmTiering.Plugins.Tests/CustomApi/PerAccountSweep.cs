using System;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// The reference the page sweep is compared with: the per-account path the API ran before pages
/// (each account's own probes and aggregates, in the call's transaction; an account too large for it is
/// queued), through the same product code — request, page, recalculation, backfill, queue. Test-only:
/// registered in place of the shipped plug-in in a twin organisation.
/// </summary>
public sealed class PerAccountSweep : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        var request = RecalculationRequest.Read(execution.InputParameters);
        var system = context.SystemService;
        var operationCreatedOn = DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc);
        var policy = TierPolicySource.Read(system);
        var page = AccountPage.Read(system, request.Mode == RecalculationMode.Due ? operationCreatedOn : null, request.Cookie?.LastAccountId, request.PageSize);
        var scope = new RecalculationScope(inTransaction: true, keepsContactDue: true);
        var tally = new SweepTally();
        var from = request.Mode == RecalculationMode.Backfill ? request.From : null;
        foreach (var account in page.Accounts)
        {
            try
            {
                var wrote = request.Mode == RecalculationMode.Backfill
                    ? AccountBackfill.Run(system, policy, account, request.From!.Value, operationCreatedOn, execution.InitiatingUserId, scope.InTransaction, context.Trace)
                    : AccountRecalculation.Run(system, policy, account, operationCreatedOn, MovementSource.Plugin, scope, context.Trace)?.Wrote == true;
                tally.Finished(account.Id, wrote);
            }
            catch (TooLargeForTransactionException large)
            {
                RecalculationQueue.Enqueue(system, account.Id, from, large.Message);
                tally.FinishedQueued(account.Id);
            }
            catch (Exception failure) when (!(failure is FaultException))
            {
                RecalculationQueue.Enqueue(system, account.Id, from, failure.Message);
                tally.FinishedFailed(account.Id);
            }
        }

        execution.OutputParameters[RecalculateTiersApi.Processed] = tally.Processed;
        execution.OutputParameters[RecalculateTiersApi.Changed] = tally.Changed;
        execution.OutputParameters[RecalculateTiersApi.Queued] = tally.Queued;
        execution.OutputParameters[RecalculateTiersApi.Failed] = tally.Failed;
        execution.OutputParameters[RecalculateTiersApi.MoreRecords] = page.MoreRecords;
        execution.OutputParameters[RecalculateTiersApi.PageCookie] = page.MoreRecords && tally.LastFinished is Guid last
            ? new ContinuationCookie(request.Mode, last).ToString()
            : string.Empty;
    }
}
