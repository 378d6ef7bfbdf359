using System;
using System.Activities;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Workflows;

/// <summary>One step of a process: a custom activity, its input arguments (from the run: the record, earlier outputs), and an optional condition.</summary>
public sealed class ProcessStep
{
    public ProcessStep(string name, Func<Activity> activity, Func<ProcessRun, IDictionary<string, object>>? inputs = null, Func<ProcessRun, bool>? condition = null)
    {
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("A step needs a name.", nameof(name)) : name;
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        Inputs = inputs ?? (_ => new Dictionary<string, object>());
        Condition = condition;
    }

    public string Name { get; }

    /// <summary>Makes the activity (a new instance per run, as the workflow runtime builds the tree per instance).</summary>
    public Func<Activity> Activity { get; }

    public Func<ProcessRun, IDictionary<string, object>> Inputs { get; }

    /// <summary>Run the step only when true (the designer's "check condition" before the step); null = always.</summary>
    public Func<ProcessRun, bool>? Condition { get; }
}
