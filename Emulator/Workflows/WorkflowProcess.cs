using System;
using System.Activities;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Workflows;

/// <summary>
/// A process (classic workflow) on one table, owned by a user whose identity background runs use.
/// With a <see cref="Trigger"/> it starts by itself, queued like async work, for records in its
/// <see cref="Scope"/>; with <see cref="OnDemand"/> a user runs it over chosen records.
/// Steps run in order; outputs pass on through <see cref="ProcessRun"/>.
/// </summary>
public sealed class WorkflowProcess
{
    private readonly List<ProcessStep> _steps = new();

    public WorkflowProcess(string name, string primaryEntity, Guid ownerId)
    {
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("A process needs a name.", nameof(name)) : name;
        PrimaryEntity = string.IsNullOrEmpty(primaryEntity) ? throw new ArgumentException("A process needs a table.", nameof(primaryEntity)) : primaryEntity;
        OwnerId = ownerId;
    }

    public string Name { get; }

    public string PrimaryEntity { get; }

    public Guid OwnerId { get; }

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>Background start (Create, or Update of listed columns); null = no automatic start.</summary>
    public ProcessTrigger? Trigger { get; init; }

    public ProcessScope Scope { get; init; } = ProcessScope.User;

    /// <summary>Users may run it on demand over records of its table.</summary>
    public bool OnDemand { get; init; }

    public IReadOnlyList<ProcessStep> Steps => _steps;

    public WorkflowProcess Then(ProcessStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public WorkflowProcess Then(string name, Func<Activity> activity, Func<ProcessRun, IDictionary<string, object>>? inputs = null, Func<ProcessRun, bool>? when = null) =>
        Then(new ProcessStep(name, activity, inputs, when));
}
