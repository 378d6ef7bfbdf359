using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// The plug-in behind the Custom API <c>ctier_RecalculateTiers</c> (named in customapi.xml; its execute
/// privilege, <c>prvCreatectier_tierrecalculation</c>, is held only by the Tiering Administrator role and
/// System Administrators). One page of active accounts per call, read and written as SYSTEM:
/// <c>Due</c> recalculates those whose next evaluation has passed, <c>All</c> every one (after a policy
/// change), <c>Backfill</c> replays quarter ends from <c>From</c>. Due and All read the page's revenue with
/// grouped-by-account aggregates (<see cref="PageReadings"/>), then evaluate and write account by account
/// exactly as the per-account path does. Idempotent: an account whose columns already match is not written.
/// The call runs in one transaction, where a failed service call ends it: the API catches no fault
/// (the caller repeats a failed page with the same cookie). An account too large to sum inside the
/// transaction, or whose evaluation throws, is handed to an asynchronous recalculation
/// (<see cref="RecalculationQueue"/>), counted in Queued or Failed, and never fails the page. The call stops
/// taking accounts when its <see cref="SweepBudget"/> is spent and returns a cookie at the last one finished.
/// </summary>
public sealed class RecalculateTiers : PluginBase
{
    private readonly Func<SweepBudget> _startBudget;

    public RecalculateTiers()
        : this(() => SweepBudget.StartNow(SweepBudget.DefaultLimit))
    {
    }

    /// <param name="startBudget">Starts the budget of one call (a test's deterministic time source; production: a stopwatch).</param>
    public RecalculateTiers(Func<SweepBudget> startBudget) => _startBudget = startBudget ?? throw new ArgumentNullException(nameof(startBudget));

    public override IReadOnlyList<Registration.StepRegistration> Steps => Array.Empty<Registration.StepRegistration>();

    public override string CustomApi => RecalculateTiersApi.UniqueName;

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var budget = _startBudget();
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
        context.Trace($"{request.Mode}: {page.Accounts.Count} accounts after {request.Cookie?.LastAccountId.ToString() ?? "the start"}, more: {page.MoreRecords}; caller {execution.InitiatingUserId}; budget {budget.Limit.TotalSeconds:0} s.");

        var tally = new SweepTally();
        if (request.Mode == RecalculationMode.Backfill)
        {
            // The page's revenue at each replayed date comes from grouped aggregates shared by its accounts.
            // So do the history rows already written (one paged query, for the skipping of repeated rows).
            var ids = page.Accounts.Select(a => a.Id).ToArray();
            var readings = new PageReplayReadings(system, policy, ids, context.Trace);
            var history = BackfillHistory.ExistingKeysOfPage(system, ids, policy.TimeZone);
            ForEachAccount(context, request, page.Accounts, budget, tally, account =>
                AccountBackfill.Run(system, policy, account, request.From!.Value, operationCreatedOn, execution.InitiatingUserId, inTransaction: true, context.Trace, readings, history[account.Id]));
        }
        else
        {
            Recalculate(context, request, policy, page.Accounts, operationCreatedOn, budget, tally);
        }

        var more = page.MoreRecords || tally.StoppedEarly;
        execution.OutputParameters[RecalculateTiersApi.Processed] = tally.Processed;
        execution.OutputParameters[RecalculateTiersApi.Changed] = tally.Changed;
        execution.OutputParameters[RecalculateTiersApi.Queued] = tally.Queued;
        execution.OutputParameters[RecalculateTiersApi.Failed] = tally.Failed;
        execution.OutputParameters[RecalculateTiersApi.MoreRecords] = more;
        execution.OutputParameters[RecalculateTiersApi.PageCookie] = more && tally.LastFinished is Guid last
            ? new ContinuationCookie(request.Mode, last).ToString()
            : string.Empty;
        context.Trace($"{request.Mode}: {tally.Processed} accounts finished in {budget.Elapsed.TotalSeconds:0.0} s{(tally.StoppedEarly ? " (budget spent: the rest of the page comes with the next call)" : string.Empty)}.");
    }

    /// <summary>
    /// Due and All: the page's revenue in one set of grouped aggregates at this call's as-of, then each account
    /// evaluated and written by the shared per-account code. An account whose stored calculation is later than
    /// the operation (R2: its as-of differs) reads its own revenue instead.
    /// </summary>
    private void Recalculate(LocalPluginContext context, RecalculationRequest request, TierPolicy policy, IReadOnlyList<Entity> accounts, DateTime operationCreatedOn, SweepBudget budget, SweepTally tally)
    {
        var system = context.SystemService;
        // The API's main operation always runs in the caller's transaction: probe, never slice on a fault.
        var scope = new RecalculationScope(inTransaction: true, keepsContactDue: true);
        var window = EvaluationWindow.At(policy, operationCreatedOn);
        var atOperation = accounts
            .Where(row => AccountRecalculation.AsOf(TieredAccount.From(row, policy.TimeZone), operationCreatedOn) == window.AsOfUtc)
            .Select(row => row.Id)
            .ToList();
        var readings = PageReadings.Read(system, policy, window, atOperation, scope.KeepsContactDue, context.Trace);
        var own = new AccountQueries(system, policy, scope.InTransaction, context.Trace);
        var shared = new HashSet<Guid>(atOperation);
        ForEachAccount(context, request, accounts, budget, tally, account =>
        {
            if (readings.TooLarge.TryGetValue(account.Id, out var reason))
            {
                throw new TooLargeForTransactionException(account.Id, reason);
            }

            var source = shared.Contains(account.Id) ? (IAccountReadings)readings : own;
            return AccountRecalculation.Run(system, policy, account, operationCreatedOn, MovementSource.Plugin, scope, source, context.Trace)?.Wrote == true;
        });
    }

    /// <summary>Runs <paramref name="work"/> (true = wrote) on each account until the budget is spent; always finishes at least one.</summary>
    private static void ForEachAccount(LocalPluginContext context, RecalculationRequest request, IReadOnlyList<Entity> accounts, SweepBudget budget, SweepTally tally, Func<Entity, bool> work)
    {
        var system = context.SystemService;
        foreach (var account in accounts)
        {
            if (tally.Processed > 0 && budget.IsSpent)
            {
                tally.StoppedEarly = true;
                context.Trace($"Budget of {budget.Limit.TotalSeconds:0} s spent after {budget.Elapsed.TotalSeconds:0.0} s; stopping after account {tally.LastFinished}.");
                return;
            }

            try
            {
                tally.Finished(account.Id, work(account));
            }
            catch (TooLargeForTransactionException large)
            {
                // A probe, not a failed call: the transaction is intact, so the account can be queued.
                RecalculationQueue.Enqueue(system, account.Id, BackfillFrom(request), large.Message);
                tally.FinishedQueued(account.Id);
                context.Trace(large.Message);
            }
            catch (Exception failure) when (!(failure is FaultException))
            {
                // The evaluation itself threw (no service call failed, so the transaction is intact). The
                // background job repeats it outside the transaction and marks the account if it fails again.
                RecalculationQueue.Enqueue(system, account.Id, BackfillFrom(request), failure.Message);
                tally.FinishedFailed(account.Id);
                context.Trace($"Account {account.Id} failed ({failure.Message}); queued for a background recalculation.");
            }
        }
    }

    private static DateTime? BackfillFrom(RecalculationRequest request) =>
        request.Mode == RecalculationMode.Backfill ? request.From : null;
}
