using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Calls;
using CrmTiering.Plugins.CustomApi;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// Drives ctier_RecalculateTiers to completion as an admin's client does: one call a page through the
/// admin's own service, the returned cookie into the next call until MoreRecords is false, and after
/// each page the asynchronous queue drained (the accounts the page queued are recalculated there).
/// Counts each page's calls from the call log; then, unless told to keep it, empties the log and the
/// traces so a 50 000-account sweep does not hold millions of records.
/// </summary>
public sealed class SweepDriver
{
    private readonly SweptOrganization _org;
    private readonly SweepPath _path;
    private readonly bool _keepLog;

    public SweepDriver(SweptOrganization org, SweepPath path, bool keepLog = false)
    {
        _org = org;
        _path = path;
        _keepLog = keepLog;
    }

    public static bool IsWrite(CallRecord call) => call.Message is "Create" or "Update" or "Delete";

    public SweepCost Run(RecalculationMode mode, DateTime? from = null, int? pageSize = null)
    {
        var service = _org.AdministratorService;
        var watch = Stopwatch.StartNew();
        int pages = 0, accounts = 0, queued = 0, calls = 0, writes = 0, asyncCalls = 0, faults = 0;
        var byOrigin = new Dictionary<string, int>(StringComparer.Ordinal);
        string? cookie = null;
        do
        {
            var request = new OrganizationRequest(RecalculateTiersApi.UniqueName) { [RecalculateTiersApi.Mode] = mode.ToString() };
            if (cookie is not null)
            {
                request[RecalculateTiersApi.PageCookie] = cookie;
            }

            if (pageSize is { } size)
            {
                request[RecalculateTiersApi.PageSize] = size;
            }

            if (from is { } date)
            {
                request[RecalculateTiersApi.From] = date;
            }

            var mark = _org.Org.Calls.Mark();
            var results = service.Execute(request).Results;
            var drained = _org.Org.Calls.Mark();
            Drain();
            pages++;
            accounts += (int)results[RecalculateTiersApi.Processed]!;
            queued += (int)results[RecalculateTiersApi.Queued]! + (int)results[RecalculateTiersApi.Failed]!;
            var made = _org.Org.Calls.Since(mark).Where(call => call.Origin != CallerContext.ClientOrigin).ToList();
            calls += made.Count;
            writes += made.Count(IsWrite);
            faults += made.Count(call => call.Failed);
            foreach (var call in made)
            {
                var key = call.Origin[(call.Origin.LastIndexOf('.') + 1)..] + " " + call.Message;
                byOrigin[key] = byOrigin.GetValueOrDefault(key) + 1;
            }

            asyncCalls += _org.Org.Calls.Since(drained).Count(call => call.Origin != CallerContext.ClientOrigin);
            cookie = (bool)results[RecalculateTiersApi.MoreRecords]! ? (string)results[RecalculateTiersApi.PageCookie]! : null;
            if (!_keepLog)
            {
                _org.Org.Calls.Clear();
                _org.Solution.Pipeline.ClearTraces();
            }
        }
        while (cookie is not null);

        return new SweepCost
        {
            Mode = mode.ToString(), Path = _path, Accounts = accounts, Pages = pages, Calls = calls, Writes = writes,
            AsyncCalls = asyncCalls, Queued = queued, Faults = faults, Elapsed = watch.Elapsed, ByOrigin = byOrigin,
        };
    }

    /// <summary>Runs the queued jobs; a failed job would make every figure meaningless, so it stops the run.</summary>
    private void Drain()
    {
        var pipeline = _org.Solution.Pipeline;
        var failedBefore = pipeline.FailedJobs.Count;
        pipeline.DrainAsyncQueue();
        if (pipeline.FailedJobs.Skip(failedBefore).FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException($"An asynchronous job failed: {failed} {failed.Error}");
        }
    }
}
