using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>Runs one step's plugin with its services, turning its failure into the platform's fault and enforcing the depth rule.</summary>
internal sealed class StepRunner
{
    private readonly EmulatedOrganization _organization;
    private readonly PipelineOptions _options;
    private readonly List<TraceEntry> _traces;
    private readonly TransactionGuard _transaction;

    public StepRunner(EmulatedOrganization organization, PipelineOptions options, List<TraceEntry> traces, TransactionGuard transaction)
    {
        _organization = organization;
        _options = options;
        _traces = traces;
        _transaction = transaction;
    }

    public void Run(PluginStep step, PluginExecutionContext context, OperationChain chain)
    {
        CheckDepth(context.Depth, chain);
        var tracer = new StepTracer(_traces, step.PluginName, context.MessageName);
        var factory = new PipelineServiceFactory(_organization, step.PluginName, context, context, chain);
        try
        {
            step.Plugin.Execute(new StepServices(context, tracer, factory));
        }
        catch (Exception exception)
        {
            throw PluginFaults.From(exception, tracer.Text);
        }

        _transaction.RefuseSwallowedFault(context, tracer.Text);
    }

    /// <summary>Deeper than the maximum within the time window counts as an infinite loop; later, the chain may go on.</summary>
    public void CheckDepth(int depth, OperationChain chain)
    {
        if (depth > _options.MaxDepth && _organization.UtcNow - chain.StartedOn < _options.DepthWindow)
        {
            throw PluginFaults.InfiniteLoop();
        }
    }
}
