using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Messages;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The event execution pipeline around every request of an organisation: PreValidation outside
/// the transaction, PreOperation + core operation + synchronous PostOperation inside one (a
/// failure rolls back every write, nested operations included), asynchronous steps queued after
/// commit for the test to drain. Attach once per organisation:
/// <c>var pipeline = EventPipeline.Attach(org);</c>
/// </summary>
public sealed class EventPipeline : IRequestExecutor
{
    private const string TagParameter = "tag";

    private readonly EmulatedOrganization _organization;
    private readonly IRequestExecutor _inner;
    private readonly StepRunner _runner;
    private readonly TransactionGuard _transaction;
    private readonly InterleavingGate _gate = new();
    private readonly Dictionary<string, List<PluginStep>> _stepsByMessage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomApiDefinition> _customApis = new(StringComparer.Ordinal);
    private readonly List<IOperationObserver> _observers = new();
    private readonly List<TraceEntry> _traces = new();
    private readonly List<AsyncJob> _queue = new();
    private readonly List<AsyncJob> _pending = new();
    private readonly List<AsyncJob> _finished = new();
    private long _nextJobSequence;
    private int _openOperations;

    private EventPipeline(EmulatedOrganization organization, IRequestExecutor inner, PipelineOptions options)
    {
        _organization = organization;
        _inner = inner;
        Options = options;
        _transaction = new TransactionGuard(organization.Store);
        _runner = new StepRunner(organization, options, _traces, _transaction);
    }

    public PipelineOptions Options { get; }

    public EmulatedOrganization Organization => _organization;

    /// <summary>Every line traced by plugins and activities, in order.</summary>
    public IReadOnlyList<TraceEntry> Traces => _traces;

    /// <summary>Jobs waiting for <see cref="DrainAsyncQueue"/>, in submission order.</summary>
    public IReadOnlyList<AsyncJob> PendingJobs => _queue;

    /// <summary>Jobs that ran (succeeded or failed), in the order they first ran.</summary>
    public IReadOnlyList<AsyncJob> FinishedJobs => _finished;

    public IReadOnlyList<AsyncJob> FailedJobs => _finished.Where(j => j.State == AsyncJobState.Failed).ToList();

    public IEnumerable<PluginStep> Steps => _stepsByMessage.Values.SelectMany(s => s);

    /// <summary>Wraps the organisation's executor with a new pipeline and registers the Win, Lose and Merge messages.</summary>
    public static EventPipeline Attach(EmulatedOrganization organization, PipelineOptions? options = null)
    {
        if (organization is null)
        {
            throw new ArgumentNullException(nameof(organization));
        }

        EventPipeline? pipeline = null;
        organization.WrapExecutor(inner => pipeline = new EventPipeline(organization, inner, options ?? new PipelineOptions()));
        var attached = pipeline!;
        organization.WrapExecutor(attached._transaction.Wrap);
        organization.WrapExecutor(attached._gate.Wrap);
        organization.BeforeServiceCall = attached._gate.BeforeCall;
        organization.Handlers.Register(new WinOpportunityHandler(attached.Options));
        organization.Handlers.Register(new LoseOpportunityHandler(attached.Options));
        organization.Handlers.Register(new MergeHandler());
        return attached;
    }

    /// <summary>Registers a step; it fires for every later request.</summary>
    public PluginStep Register(PluginStep step)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        if (!_stepsByMessage.TryGetValue(step.Message, out var steps))
        {
            steps = new List<PluginStep>();
            _stepsByMessage[step.Message] = steps;
        }

        steps.Add(step);
        return step;
    }

    public void Register(IEnumerable<PluginStep> steps)
    {
        foreach (var step in steps)
        {
            Register(step);
        }
    }

    /// <summary>Registers an unbound Custom API message backed by a plugin (which runs at stage 30, MainOperation).</summary>
    public void RegisterCustomApi(CustomApiDefinition api)
    {
        _customApis[api?.UniqueName ?? throw new ArgumentNullException(nameof(api))] = api;
    }

    public void ClearTraces() => _traces.Clear();

    /// <summary>
    /// Runs waiting jobs until none is left (jobs queued by jobs included), in the given order
    /// (default: submission). <paramref name="deliverTwice"/> picks jobs delivered a second time,
    /// after the rest of their round, as the platform may. Returns the number of runs.
    /// </summary>
    public int DrainAsyncQueue(DrainOrder? order = null, Func<AsyncJob, bool>? deliverTwice = null)
    {
        order ??= DrainOrder.Submission;
        var runs = 0;
        while (_queue.Count > 0)
        {
            var round = order.Arrange(_queue.ToList());
            if (round.Count == 0)
            {
                break;
            }

            var chosen = new HashSet<AsyncJob>(round);
            _queue.RemoveAll(chosen.Contains);

            var again = new List<AsyncJob>();
            foreach (var job in round)
            {
                runs += RunJob(job);
                if (deliverTwice?.Invoke(job) == true)
                {
                    again.Add(job);
                }
            }

            foreach (var job in again)
            {
                runs += RunJob(job);
            }

            if (runs > Options.DrainCap)
            {
                throw new InvalidOperationException($"Draining ran more than {Options.DrainCap} jobs: async work keeps queueing more work.");
            }
        }

        return runs;
    }

    /// <summary>
    /// Runs the waiting jobs at once, as the platform's async service may: every service call a
    /// job's own plugin or activity makes is a point where the <paramref name="schedule"/> picks
    /// which job goes next (a call and its synchronous steps run without a switch). Failures are
    /// recorded as in <see cref="DrainAsyncQueue"/>; jobs they queue are drained afterwards in
    /// submission order. The result has the calls in order and the order the jobs finished.
    /// </summary>
    public InterleavedDrain DrainInterleaved(Interleaving schedule)
    {
        var round = _queue.ToList();
        _queue.Clear();
        var interleaver = new JobInterleaver(_gate, schedule ?? throw new ArgumentNullException(nameof(schedule)), _finished.Add);
        interleaver.Run(round);
        var runs = round.Count + DrainAsyncQueue();
        return new InterleavedDrain(interleaver.Calls, interleaver.CommitOrder, runs);
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        var requestName = request.RequestName ?? string.Empty;
        var message = StepMessages.ForRequest(requestName);
        var (entity, primaryId) = PrimaryOf(message, request);
        if (message == StepMessages.Update && request is not OpportunityStateUpdate)
        {
            OpportunityCloseRule.RefuseStateChangeByUpdate(entity, request);
        }

        _customApis.TryGetValue(requestName, out var api);
        api?.DemandExecute(_organization, caller);
        api?.Validate(request.Parameters);
        if (api is null && !HasWork(message, entity))
        {
            return _inner.Execute(request, caller);
        }

        return Run(request, caller, message, entity, primaryId, api);
    }

    internal void Observe(IOperationObserver observer) => _observers.Add(observer);

    /// <summary>Queues work; while an operation is open it waits for the outermost commit (and vanishes on rollback).</summary>
    internal AsyncJob Enqueue(string name, string message, string entity, Guid id, Action<AsyncJob> body)
    {
        var job = new AsyncJob(_nextJobSequence++, name, message, entity, id, _organization.UtcNow, body);
        (_openOperations > 0 ? _pending : _queue).Add(job);
        return job;
    }

    internal void RunStep(PluginStep step, PluginExecutionContext context, OperationChain chain) => _runner.Run(step, context, chain);

    internal void CheckDepth(int depth, OperationChain chain) => _runner.CheckDepth(depth, chain);

    internal List<TraceEntry> TraceLog => _traces;

    private bool HasWork(string message, string entity) =>
        (_stepsByMessage.TryGetValue(message, out var steps) && steps.Exists(s => s.Matches(message, entity)))
        || _observers.Exists(o => o.Watches(message, entity));

    private OrganizationResponse Run(OrganizationRequest request, CallerContext caller, string message, string entity, Guid primaryId, CustomApiDefinition? api)
    {
        var chain = caller.PipelineState as OperationChain ?? new OperationChain(_organization.NewId(), _organization.UtcNow);
        var inputs = new ParameterCollection();
        var shared = new ParameterCollection();
        foreach (var parameter in request.Parameters)
        {
            if (parameter.Key == TagParameter)
            {
                shared[TagParameter] = parameter.Value;
            }
            else if (BusinessLogicBypass.IsParameter(parameter.Key))
            {
                // Read by the pipeline itself (StepsFor); a step never sees it.
            }
            else
            {
                inputs[parameter.Key] = parameter.Value;
            }
        }

        var template = new PluginExecutionContext
        {
            MessageName = message,
            PrimaryEntityName = entity,
            PrimaryEntityId = primaryId,
            RequestId = request.RequestId,
            InputParameters = inputs,
            SharedVariables = shared,
            InitiatingUserId = caller.InitiatingUserId,
            OrganizationId = _organization.OrganizationId,
            OrganizationName = _organization.OrganizationName,
            CorrelationId = chain.CorrelationId,
            OperationId = _organization.NewId(),
            OperationCreatedOn = _organization.UtcNow,
            Depth = caller.Depth + 1,
            ParentContext = caller.ParentContext,
        };
        var operation = new EventOperation(request, caller, message, entity, primaryId, chain, template);

        // PreValidation runs before the transaction (inside the parent's for a nested operation).
        RunStage(operation, StepStage.PreValidation, inputs, null, null);

        var pendingMark = _pending.Count;
        _openOperations++;
        try
        {
            OrganizationResponse? response = null;
            using (var transaction = _organization.Store.BeginTransaction())
            {
                foreach (var pass in StateChangeSplit.PassesOf(operation, inputs, _organization.Tables))
                {
                    response = RunPass(operation, pass, api);
                }

                transaction.Commit();
            }

            _openOperations--;
            if (_openOperations == 0)
            {
                _queue.AddRange(_pending);
                _pending.Clear();
            }

            return response!;
        }
        catch
        {
            _openOperations--;
            _pending.RemoveRange(pendingMark, _pending.Count - pendingMark);
            throw;
        }
    }

    private OrganizationResponse RunPass(EventOperation operation, ParameterCollection inputs, CustomApiDefinition? api)
    {
        operation.Template.InputParameters = inputs;
        var pre = NeedsImage(operation, pre: true) ? _organization.Peek(operation.Entity, operation.PrimaryId) : null;
        RunStage(operation, StepStage.PreOperation, inputs, pre, null);

        var response = api is null
            ? _inner.Execute(new OrganizationRequest(operation.Request.RequestName) { Parameters = inputs, RequestId = operation.Request.RequestId }, operation.Caller)
            : RunMainOperation(operation, api);
        if (operation.Message == StepMessages.Create && response.Results.TryGetValue("id", out var created) && created is Guid id)
        {
            operation.PrimaryId = id;
            operation.Template.PrimaryEntityId = id;
        }

        operation.Template.OutputParameters = response.Results;
        var post = NeedsImage(operation, pre: false) ? _organization.Peek(operation.Entity, operation.PrimaryId) : null;
        RunStage(operation, StepStage.PostOperation, inputs, pre, post);
        QueueAsyncSteps(operation, inputs, pre, post);
        NotifyObservers(operation, inputs);
        return response;
    }

    private OrganizationResponse RunMainOperation(EventOperation operation, CustomApiDefinition api)
    {
        var context = ContextFor(operation, api.RunAsSystem, StepStage.MainOperation, ExecutionMode.Synchronous, inTransaction: true);
        context.OutputParameters = new ParameterCollection();
        _runner.Run(api.Step, context, operation.Chain);
        api.CheckOutputs(context.OutputParameters);
        return new OrganizationResponse { ResponseName = api.UniqueName, Results = context.OutputParameters };
    }

    private void RunStage(EventOperation operation, StepStage stage, ParameterCollection inputs, Entity? pre, Entity? post)
    {
        foreach (var step in StepsFor(operation, stage, ExecutionMode.Synchronous, inputs))
        {
            var inTransaction = stage != StepStage.PreValidation || _organization.Store.InTransaction;
            var context = ContextFor(operation, step.RunAsSystem, stage, ExecutionMode.Synchronous, inTransaction);
            AddImages(context, step, operation.Message, stage, pre, post);
            _runner.Run(step, context, operation.Chain);
        }
    }

    private void QueueAsyncSteps(EventOperation operation, ParameterCollection inputs, Entity? pre, Entity? post)
    {
        foreach (var step in StepsFor(operation, StepStage.PostOperation, ExecutionMode.Asynchronous, inputs))
        {
            // An async job gets a snapshot of the context, as the platform serialises it into the system job.
            var context = ContextFor(operation, step.RunAsSystem, StepStage.PostOperation, ExecutionMode.Asynchronous, inTransaction: false);
            context.InputParameters = ParameterSnapshot.Of(inputs);
            context.OutputParameters = ParameterSnapshot.Of(operation.Template.OutputParameters);
            context.SharedVariables = ParameterSnapshot.Of(operation.Template.SharedVariables);
            AddImages(context, step, operation.Message, StepStage.PostOperation, pre, post);
            var chain = operation.Chain;
            Enqueue(step.Name, operation.Message, operation.Entity, operation.PrimaryId, _ => _runner.Run(step, context, chain));
        }
    }

    private void NotifyObservers(EventOperation operation, ParameterCollection inputs)
    {
        if (_observers.Count == 0 || BusinessLogicBypass.Of(operation.Request).SkipsAsynchronous)
        {
            return;
        }

        var target = inputs.TryGetValue("Target", out var value) ? value as Entity : null;
        var committed = new CommittedOperation(
            operation.Message, operation.Entity, operation.PrimaryId, target, operation.Caller.UserId, operation.Caller.InitiatingUserId,
            operation.Depth, operation.Template.OperationCreatedOn, operation.Chain);
        foreach (var observer in _observers.Where(o => o.Watches(operation.Message, operation.Entity)).ToList())
        {
            observer.OnOperation(this, committed);
        }
    }

    private IEnumerable<PluginStep> StepsFor(EventOperation operation, StepStage stage, ExecutionMode mode, ParameterCollection inputs)
    {
        var bypass = BusinessLogicBypass.Of(operation.Request);
        if (!_stepsByMessage.TryGetValue(operation.Message, out var steps) || (mode == ExecutionMode.Synchronous ? bypass.SkipsSynchronous : bypass.SkipsAsynchronous))
        {
            return Array.Empty<PluginStep>();
        }

        var target = operation.Message == StepMessages.Update && inputs.TryGetValue("Target", out var value) ? value as Entity : null;
        return steps
            .Where(s => s.Stage == stage && s.Mode == mode && s.Matches(operation.Message, operation.Entity) && PassesFilter(s, target) && IsEnabled(s))
            .OrderBy(s => s.Rank)
            .ToList();
    }

    /// <summary>
    /// An admin disables a step by setting its sdkmessageprocessingstep row's statecode to 1 (Disabled); the
    /// platform then stops running it. A step with no row (registered in code only) runs.
    /// </summary>
    private bool IsEnabled(PluginStep step) =>
        _organization.Store.Find(StepRowTable, step.Id)?[StepRowState] is not OptionSetValue { Value: DisabledStepState };

    public const string StepRowTable = "sdkmessageprocessingstep";
    public const string StepRowState = "statecode";
    public const int DisabledStepState = 1;

    private static bool PassesFilter(PluginStep step, Entity? updateTarget) =>
        updateTarget is null || step.FilteringAttributes.Count == 0 || step.FilteringAttributes.Any(updateTarget.Attributes.ContainsKey);

    private bool NeedsImage(EventOperation operation, bool pre)
    {
        if (operation.PrimaryId == Guid.Empty || !_stepsByMessage.TryGetValue(operation.Message, out var steps))
        {
            return false;
        }

        return steps.Exists(s => s.Matches(operation.Message, operation.Entity) && s.Images.Any(i => pre ? i.IsPre : i.IsPost));
    }

    private PluginExecutionContext ContextFor(EventOperation operation, bool runAsSystem, StepStage stage, ExecutionMode mode, bool inTransaction)
    {
        var context = operation.Template.CopyForStep();
        context.Stage = (int)stage;
        context.Mode = (int)mode;
        context.IsInTransaction = inTransaction;
        context.UserId = runAsSystem ? _organization.SystemUserId : operation.Caller.UserId;
        context.BusinessUnitId = _organization.Directory.BusinessUnitOfUser(context.UserId);
        context.PreEntityImages = new EntityImageCollection();
        context.PostEntityImages = new EntityImageCollection();
        return context;
    }

    private static void AddImages(PluginExecutionContext context, PluginStep step, string message, StepStage stage, Entity? pre, Entity? post)
    {
        foreach (var image in step.Images)
        {
            if (image.IsPre && pre is not null && EntityImages.PreAvailable(message, stage))
            {
                context.PreEntityImages[image.Name] = EntityImages.Project(pre, image);
            }

            if (image.IsPost && post is not null && EntityImages.PostAvailable(message, stage))
            {
                context.PostEntityImages[image.Name] = EntityImages.Project(post, image);
            }
        }
    }

    private (string Entity, Guid Id) PrimaryOf(string message, OrganizationRequest request)
    {
        if (message is StepMessages.Win or StepMessages.Lose)
        {
            // UNVERIFIED which id the platform gives; Guid.Empty makes a plugin read the OpportunityClose, which works either way.
            return ("opportunity", Guid.Empty);
        }

        request.Parameters.TryGetValue("Target", out var target);
        return target switch
        {
            Entity entity => (entity.LogicalName, EntityImages.IdOf(entity, _organization.Tables.Get(entity.LogicalName).PrimaryIdColumn)),
            EntityReference reference => (reference.LogicalName, reference.Id),
            _ => (PluginStep.AnyEntity, Guid.Empty),
        };
    }

    private int RunJob(AsyncJob job)
    {
        job.Run();
        if (job.Deliveries == 1)
        {
            _finished.Add(job);
        }

        return 1;
    }
}
