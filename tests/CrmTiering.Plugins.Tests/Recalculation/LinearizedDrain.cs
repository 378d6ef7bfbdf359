using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Emulator.Calls;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Data;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>One call an interleaved job made: what the schedule let through, and what the call log recorded for it.</summary>
public sealed record LoggedJobCall(WaitingCall Call, CallRecord Record)
{
    public AsyncJob Job => Call.Job;

    /// <summary>A successful account Update: the job committed a result.</summary>
    public bool IsAccountWrite => !Record.Failed && Record.Message == "Update" && Record.Table == AccountColumns.Table;

    /// <summary>
    /// A successful read of the account row: a query on the account (AccountTierReader.Retrieve, also the
    /// re-read after a lost race) or the opportunity FetchXML that joins the account (Win and Lose, through
    /// the opportunityclose Create).
    /// </summary>
    public bool IsAccountRead => !Record.Failed && Record.Message == "RetrieveMultiple"
        && (Record.Table == AccountColumns.Table
            || (Record.Table == OpportunityColumns.Table && Record.QueryText is { } fetch
                && fetch.Contains($"<link-entity name=\"{AccountColumns.Table}\"", StringComparison.Ordinal)));

    public override string ToString() =>
        $"{Job.Sequence}.{Call.CallNumber}@{Record.Sequence}:{Record.Message} {Record.Table}{(Record.Failed ? $" FAILED({Record.FaultCode})" : string.Empty)}";
}

/// <summary>
/// An interleaved drain with each job's linearization point. An async job commits each write as it
/// goes, so a job that wrote the account takes effect at its successful account Update; a job that
/// wrote nothing fixed its decision at its last read of the account row, so it takes effect there
/// (not when its coroutine finishes). A serial replay in that order must store what the interleaved
/// run stored.
/// </summary>
public sealed class LinearizedDrain
{
    private LinearizedDrain(InterleavedDrain drain, IReadOnlyList<LoggedJobCall> calls)
    {
        Drain = drain;
        Calls = calls;
        Points = drain.CommitOrder
            .Select(job => (Job: job, Point: PointOf(job, calls.Where(c => c.Job == job).ToList())))
            .OrderBy(p => p.Point.Position)
            .ThenBy(p => p.Job.Sequence)
            .ToList();
    }

    public InterleavedDrain Drain { get; }

    /// <summary>Every call of the interleaved jobs, in the order let through, each tied to its call-log record.</summary>
    public IReadOnlyList<LoggedJobCall> Calls { get; }

    /// <summary>The interleaved jobs by linearization point, each with where and why it takes effect.</summary>
    public IReadOnlyList<(AsyncJob Job, LinearizationPoint Point)> Points { get; }

    /// <summary>The jobs' sequences in linearization order, for <see cref="DrainOrder.Replay"/>.</summary>
    public IReadOnlyList<long> Order => Points.Select(p => p.Job.Sequence).ToList();

    /// <summary>The jobs' sequences in the order they finished (what a replay must NOT assume).</summary>
    public IReadOnlyList<long> FinishOrder => Drain.CommitOrder.Select(j => j.Sequence).ToList();

    /// <summary>Replays the same jobs serially, in linearization order, in an organisation set up alike.</summary>
    public DrainOrder Replay => DrainOrder.Replay(Order);

    /// <summary>
    /// Drains the organisation's queue interleaved, the schedule choosing among the waiting calls. The
    /// gate pauses a job before its call is logged and nothing else runs until the chosen job calls, so
    /// the call the schedule picks is the next record in the call log.
    /// </summary>
    public static LinearizedDrain Run(TieringOrganization org, Func<IReadOnlyList<WaitingCall>, WaitingCall> schedule)
    {
        var log = org.Org.Calls;
        var start = log.Mark();
        var positions = new List<int>();
        var drain = org.Pipeline.DrainInterleaved(Interleaving.Custom(waiting =>
        {
            var chosen = schedule(waiting);
            positions.Add(log.Mark().Position);
            return chosen;
        }));

        var since = log.Since(start);
        Assert.Equal(positions.Count, drain.Calls.Count);
        var calls = drain.Calls.Select((call, i) =>
        {
            var record = since[positions[i] - start.Position];
            Assert.True(
                record.Sequence == positions[i] && record.Message == call.MessageName,
                $"call {call} was expected at log position {positions[i]}, found {record.Sequence} {record}");
            return new LoggedJobCall(call, record);
        }).ToList();
        return new LinearizedDrain(drain, calls);
    }

    /// <summary>A repeatable random schedule, the same choices as the emulator's <c>Interleaving.Seeded(seed)</c>.</summary>
    public static Func<IReadOnlyList<WaitingCall>, WaitingCall> Seeded(int seed)
    {
        var random = new Random(seed);
        return waiting => waiting[random.Next(waiting.Count)];
    }

    /// <summary>Every job's point and every call, for a failure message.</summary>
    public string Describe() =>
        "linearization " + string.Join(", ", Points.Select(p => $"#{p.Job.Sequence} {p.Point}"))
        + "; finish order " + string.Join(",", FinishOrder)
        + Environment.NewLine + "Interleaved calls: " + string.Join(" ", Calls);

    private static LinearizationPoint PointOf(AsyncJob job, IReadOnlyList<LoggedJobCall> calls)
    {
        if (calls.LastOrDefault(c => c.IsAccountWrite) is { } write)
        {
            return new LinearizationPoint(write.Record.Sequence, "wrote");
        }

        if (calls.LastOrDefault(c => c.IsAccountRead) is { } read)
        {
            return new LinearizationPoint(read.Record.Sequence, "read, wrote nothing");
        }

        // Neither read nor wrote an account (none affected, or it was gone): it takes effect when it ends.
        return calls.Count > 0
            ? new LinearizationPoint(calls[^1].Record.Sequence, "no account")
            : new LinearizationPoint(int.MaxValue, $"no call ({job.State})");
    }
}

/// <summary>Where a job takes effect: the log position of its account write, else of its last account read.</summary>
public sealed record LinearizationPoint(int Position, string Why)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"@{Position} ({Why})");
}
