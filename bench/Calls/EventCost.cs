using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Calls;

namespace CrmTiering.Bench.Calls;

/// <summary>What one event cost the plug-ins, from the emulator's call log (the client's own call excluded).</summary>
public sealed class EventCost
{
    private EventCost(IReadOnlyList<CallRecord> calls)
    {
        Calls = calls.Count;
        RowsReturned = calls.Sum(call => call.RowsReturned);
        CappedQueries = calls.Count(call => call.FaultCode is not null);
        Sequence = string.Join(" ", calls.Select(call => Short(call.Message)));
    }

    /// <summary>Service calls made by plug-ins during the event and its asynchronous jobs.</summary>
    public int Calls { get; }

    /// <summary>Rows the service handed back to the plug-ins (an aggregate answers with one row).</summary>
    public int RowsReturned { get; }

    /// <summary>Aggregate queries refused at the 50 000-row cap (each is retried as two halves).</summary>
    public int CappedQueries { get; }

    /// <summary>The calls in order, abbreviated (R = Retrieve, Q = RetrieveMultiple, C = Create, U = Update).</summary>
    public string Sequence { get; }

    public static EventCost Of(IEnumerable<CallRecord> calls) =>
        new(calls.Where(call => call.Origin != CallerContext.ClientOrigin).ToList());

    private static string Short(string message) => message switch
    {
        "Retrieve" => "R",
        "RetrieveMultiple" => "Q",
        "Create" => "C",
        "Update" => "U",
        _ => message,
    };
}
