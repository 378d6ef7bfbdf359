using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Workflows;

/// <summary>
/// Runs processes of an organisation: background processes start on their trigger (queued on the
/// pipeline's async queue, kept only if the triggering operation commits), on-demand ones when a
/// user runs them. Each step's activity is the real CodeActivity, run by WorkflowInvoker with the
/// IWorkflowContext, ITracingService and IOrganizationServiceFactory extensions.
/// </summary>
public sealed class ProcessHost : IOperationObserver
{
    /// <summary>{0} process, {1} table, {2} the process's table.</summary>
    public const string WrongTableMessage = "The process '{0}' runs on {2} records, not on {1}.";

    /// <summary>{0} process.</summary>
    public const string NotOnDemandMessage = "The process '{0}' is not available on demand.";

    private readonly EventPipeline _pipeline;
    private readonly EmulatedOrganization _organization;
    private readonly List<WorkflowProcess> _processes = new();
    private readonly List<ProcessRun> _runs = new();

    public ProcessHost(EventPipeline pipeline)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _organization = pipeline.Organization;
        pipeline.Observe(this);
    }

    /// <summary>Every run that started, in order (a duplicate delivery is a second run).</summary>
    public IReadOnlyList<ProcessRun> Runs => _runs;

    public WorkflowProcess Register(WorkflowProcess process)
    {
        _processes.Add(process ?? throw new ArgumentNullException(nameof(process)));
        return process;
    }

    /// <summary>Queues the process over each record as the clicking user (drain the pipeline's queue to run them).</summary>
    public IReadOnlyList<AsyncJob> RunOnDemand(WorkflowProcess process, IEnumerable<EntityReference> records, Guid userId)
    {
        if (!process.OnDemand)
        {
            throw new InvalidOperationException(string.Format(NotOnDemandMessage, process.Name));
        }

        var jobs = new List<AsyncJob>();
        foreach (var record in records)
        {
            if (record.LogicalName != process.PrimaryEntity)
            {
                throw new ArgumentException(string.Format(WrongTableMessage, process.Name, record.LogicalName, process.PrimaryEntity), nameof(records));
            }

            var chain = new OperationChain(_organization.NewId(), _organization.UtcNow);
            var context = ContextFor(process, "ExecuteWorkflow", record, userId, userId, depth: 1, _organization.UtcNow, chain, target: null);
            jobs.Add(_pipeline.Enqueue(process.Name, "ExecuteWorkflow", record.LogicalName, record.Id, _ => Run(process, record, context, chain)));
        }

        return jobs;
    }

    bool IOperationObserver.Watches(string message, string entity) =>
        _processes.Exists(p => p.Trigger is not null && p.Trigger.Watches(message, entity));

    void IOperationObserver.OnOperation(EventPipeline source, CommittedOperation operation)
    {
        foreach (var process in _processes.Where(p => p.Trigger is not null && p.Trigger.Watches(operation.Message, operation.Entity) && p.Trigger.FiresFor(operation.Target)).ToList())
        {
            if (!InScope(process, operation.Entity, operation.PrimaryId))
            {
                continue;
            }

            var record = new EntityReference(operation.Entity, operation.PrimaryId);
            var context = ContextFor(process, operation.Message, record, process.OwnerId, operation.CallerId, operation.Depth, operation.OperationCreatedOn, operation.Chain, operation.Target);
            var chain = operation.Chain;
            source.Enqueue(process.Name, operation.Message, operation.Entity, operation.PrimaryId, _ => Run(process, record, context, chain));
        }
    }

    private void Run(WorkflowProcess process, EntityReference record, WorkflowExecutionContext context, OperationChain chain)
    {
        _pipeline.CheckDepth(context.Depth, chain);
        var run = new ProcessRun(process, record, context.UserId);
        _runs.Add(run);
        foreach (var step in process.Steps)
        {
            if (step.Condition is not null && !step.Condition(run))
            {
                run.Skip(step.Name);
                continue;
            }

            var activity = step.Activity();
            var origin = activity.GetType().FullName ?? step.Name;
            var invoker = new WorkflowInvoker(activity);
            invoker.Extensions.Add(context);
            invoker.Extensions.Add(new StepTracer(_pipeline.TraceLog, origin, context.MessageName));
            // In an activity CreateOrganizationService(null) runs as the workflow's user (the owner, or who ran it on demand), not SYSTEM.
            invoker.Extensions.Add(new PipelineServiceFactory(_organization, origin, context, null, chain, nullUser: context.UserId));
            run.Keep(step.Name, invoker.Invoke(step.Inputs(run)));
        }

        run.Completed = true;
    }

    private WorkflowExecutionContext ContextFor(
        WorkflowProcess process, string message, EntityReference record, Guid userId, Guid initiatingUserId, int depth, DateTime createdOn, OperationChain chain, Entity? target)
    {
        var context = new WorkflowExecutionContext
        {
            MessageName = message,
            PrimaryEntityName = record.LogicalName,
            PrimaryEntityId = record.Id,
            UserId = userId,
            InitiatingUserId = initiatingUserId,
            BusinessUnitId = _organization.Directory.BusinessUnitOfUser(userId),
            OrganizationId = _organization.OrganizationId,
            OrganizationName = _organization.OrganizationName,
            CorrelationId = chain.CorrelationId,
            OperationId = _organization.NewId(),
            OperationCreatedOn = createdOn,
            Depth = depth,
        };
        if (target is not null)
        {
            context.InputParameters["Target"] = target;
        }

        context.SharedVariables["ProcessName"] = process.Name;
        return context;
    }

    private bool InScope(WorkflowProcess process, string table, Guid id)
    {
        if (process.Scope == ProcessScope.Organization)
        {
            return true;
        }

        if (_organization.Tables.Get(table).Ownership != TableOwnership.User || _organization.Peek(table, id) is not { } row)
        {
            return false;
        }

        if (process.Scope == ProcessScope.User)
        {
            return row.GetAttributeValue<EntityReference>("ownerid")?.Id == process.OwnerId;
        }

        var ownerUnit = _organization.Directory.BusinessUnitOfUser(process.OwnerId);
        var recordUnit = row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id;
        return process.Scope == ProcessScope.BusinessUnit
            ? recordUnit == ownerUnit
            : recordUnit is Guid unit && IsWithin(unit, ownerUnit);
    }

    private bool IsWithin(Guid unit, Guid ancestor)
    {
        for (Guid? current = unit; current is Guid id; current = _organization.Peek(StandardTables.BusinessUnit, id)?.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id)
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
