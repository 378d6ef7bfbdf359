using System;
using System.Activities;
using System.Collections.Generic;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>The activity base class run by a workflow host: services from extensions, identities, exception policy.</summary>
public class WorkflowActivityBaseTests
{
    private readonly StubExecutionContext _context = new StubExecutionContext { Mode = 1, StageName = "" };
    private readonly RecordingTracingService _tracing = new RecordingTracingService();

    [Fact]
    public void Activity_reads_its_arguments_and_gets_both_identities_from_the_extensions()
    {
        var factory = new RecordingServiceFactory(() => new InvalidOperationException("unused"));

        var outputs = Invoker(new ProbeActivity(), factory).Invoke(new Dictionary<string, object> { ["Word"] = "slip" });

        Assert.Equal("SLIP", outputs["Shout"]);
        Assert.Equal(new Guid?[] { _context.InitiatingUserId, _context.UserId }, factory.CreatedFor);
        Assert.Contains(_tracing.Lines, line => line.StartsWith("Entered ProbeActivity") && line.Contains(_context.CorrelationId.ToString()));
        Assert.Contains(_tracing.Lines, line => line.StartsWith("Exiting ProbeActivity after ") && line.Contains(" ms"));
    }

    [Fact]
    public void Any_exception_becomes_an_InvalidPluginExecutionException_naming_the_activity()
    {
        var invoker = Invoker(new ProbeActivity(), new RecordingServiceFactory(() => new Exception()));

        var thrown = Assert.Throws<InvalidPluginExecutionException>(
            () => invoker.Invoke(new Dictionary<string, object> { ["Word"] = ProbeActivity.Explode }));

        Assert.Equal(string.Format(WorkflowActivityBase.UnexpectedFailureMessage, "ProbeActivity", "boom"), thrown.Message);
    }

    [Fact]
    public void A_missing_workflow_context_is_reported_by_name()
    {
        var invoker = new WorkflowInvoker(new ProbeActivity());
        invoker.Extensions.Add(_tracing);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(
            () => invoker.Invoke(new Dictionary<string, object> { ["Word"] = "x" }));

        Assert.Equal(string.Format(LocalWorkflowContext.MissingExtensionMessage, nameof(IWorkflowContext)), thrown.Message);
    }

    private WorkflowInvoker Invoker(Activity activity, IOrganizationServiceFactory factory)
    {
        var invoker = new WorkflowInvoker(activity);
        invoker.Extensions.Add(_context);
        invoker.Extensions.Add(_tracing);
        invoker.Extensions.Add(factory);
        return invoker;
    }

    private sealed class ProbeActivity : WorkflowActivityBase
    {
        public const string Explode = "explode";

        [RequiredArgument]
        [Input("Word")]
        public InArgument<string> Word { get; set; } = new InArgument<string>();

        [Output("Shout")]
        public OutArgument<string> Shout { get; set; } = new OutArgument<string>();

        protected override void ExecuteCore(LocalWorkflowContext context)
        {
            var word = Word.Get(context.ActivityContext);
            if (word == Explode)
            {
                throw new InvalidOperationException("boom");
            }

            _ = context.InitiatingUserService;
            _ = context.ProcessUserService;
            Shout.Set(context.ActivityContext, word.ToUpperInvariant());
        }
    }
}
