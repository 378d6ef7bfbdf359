using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Workflows;

/// <summary>One run of a process over one record: the record, who ran it, and each step's outputs (read by later steps' inputs and conditions).</summary>
public sealed class ProcessRun
{
    private readonly Dictionary<string, IDictionary<string, object>> _outputs = new(StringComparer.Ordinal);
    private readonly List<string> _skipped = new();

    internal ProcessRun(WorkflowProcess process, EntityReference record, Guid userId)
    {
        Process = process;
        Record = record;
        UserId = userId;
    }

    public WorkflowProcess Process { get; }

    /// <summary>The record the process runs on (its primary entity).</summary>
    public EntityReference Record { get; }

    /// <summary>Whose identity the activities run as (the owner for background processes, the clicking user on demand).</summary>
    public Guid UserId { get; }

    public bool Completed { get; internal set; }

    /// <summary>Steps whose condition was false.</summary>
    public IReadOnlyList<string> SkippedSteps => _skipped;

    public IReadOnlyDictionary<string, IDictionary<string, object>> Outputs => _outputs;

    public bool Ran(string step) => _outputs.ContainsKey(step);

    /// <summary>An output argument of an earlier step; default when that step did not run.</summary>
    public T? Output<T>(string step, string argument) =>
        _outputs.TryGetValue(step, out var values) && values.TryGetValue(argument, out var value) && value is T typed ? typed : default;

    internal void Keep(string step, IDictionary<string, object> values) => _outputs[step] = values;

    internal void Skip(string step) => _skipped.Add(step);
}
