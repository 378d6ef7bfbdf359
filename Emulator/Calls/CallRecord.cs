using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Calls;

/// <summary>One call made through an emulated <c>IOrganizationService</c>, as a test asserts on it.</summary>
public sealed class CallRecord
{
    internal CallRecord(
        int sequence,
        string message,
        string? table,
        IReadOnlyList<string> columns,
        bool allColumns,
        string? queryText,
        CallerContext caller)
    {
        Sequence = sequence;
        Message = message;
        Table = table;
        Columns = columns;
        AllColumns = allColumns;
        QueryText = queryText;
        UserId = caller.UserId;
        IsSystem = caller.IsSystem;
        Origin = caller.Origin;
        Depth = caller.Depth;
    }

    /// <summary>Position in the organisation's log (0-based).</summary>
    public int Sequence { get; }

    /// <summary>Message name: Create, Retrieve, Update, Delete, RetrieveMultiple, or the request name.</summary>
    public string Message { get; }

    /// <summary>Logical name of the table the call targets or queries (the root table of a query).</summary>
    public string? Table { get; }

    /// <summary>Columns written (Create/Update) or requested (Retrieve, query root and aggregate columns).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>True when the call asked for all columns (which the product must never do).</summary>
    public bool AllColumns { get; }

    /// <summary>The FetchXML text of a FetchExpression query, or the query type's name.</summary>
    public string? QueryText { get; }

    public Guid UserId { get; }

    /// <summary>True for a SYSTEM service (<c>CreateOrganizationService(null)</c>).</summary>
    public bool IsSystem { get; }

    /// <summary>Who made the call: <see cref="CallerContext.ClientOrigin"/> for test code, else what the pipeline names (e.g. the plugin type).</summary>
    public string Origin { get; }

    public int Depth { get; }

    /// <summary>Rows returned: 1 for a Retrieve, the page size for a query, 0 otherwise.</summary>
    public int RowsReturned { get; internal set; }

    /// <summary>The platform error code when the call failed with a fault.</summary>
    public int? FaultCode { get; internal set; }

    /// <summary>True when the call threw.</summary>
    public bool Failed { get; internal set; }

    public override string ToString() =>
        $"{Message} {Table} [{(AllColumns ? "*" : string.Join(",", Columns))}] rows={RowsReturned} by {(IsSystem ? "SYSTEM" : UserId.ToString())}";
}
