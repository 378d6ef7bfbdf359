using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmTiering.Plugins;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>The plug-in base class: local context, both identities, tracing and the exception policy.</summary>
public class PluginBaseTests
{
    private readonly StubExecutionContext _context = new StubExecutionContext();
    private readonly RecordingTracingService _tracing = new RecordingTracingService();

    [Fact]
    public void Handler_gets_the_initiating_user_service_and_the_system_service()
    {
        var factory = new RecordingServiceFactory(() => new InvalidOperationException("unused"));
        var plugin = new ProbePlugin(context =>
        {
            Assert.NotNull(context.InitiatingUserService);
            Assert.NotNull(context.SystemService);
            Assert.Same(_context, context.PluginExecutionContext);
        });

        plugin.Execute(Services(factory));

        Assert.Equal(new Guid?[] { _context.InitiatingUserId, null }, factory.CreatedFor);
    }

    [Fact]
    public void Entry_and_exit_are_traced_with_correlation_id_and_elapsed_milliseconds()
    {
        new ProbePlugin(_ => { }).Execute(Services(new RecordingServiceFactory(() => new Exception())));

        Assert.Contains(_tracing.Lines, line => line.StartsWith("Entered ProbePlugin") && line.Contains(_context.CorrelationId.ToString()));
        Assert.Contains(_tracing.Lines, line => line.StartsWith("Exiting ProbePlugin after ") && line.Contains(" ms"));
    }

    [Fact]
    public void An_InvalidPluginExecutionException_is_rethrown_unchanged()
    {
        var rejection = new InvalidPluginExecutionException("Change the tier inputs instead.");
        var plugin = new ProbePlugin(_ => throw rejection);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(Services(Factory())));

        Assert.Same(rejection, thrown);
    }

    [Fact]
    public void A_service_fault_becomes_an_InvalidPluginExecutionException_naming_the_plugin_and_the_fault()
    {
        var fault = new FaultException<OrganizationServiceFault>(
            new OrganizationServiceFault { ErrorCode = -2147220891, Message = "Record is unavailable." },
            new FaultReason("Record is unavailable."));
        var plugin = new ProbePlugin(context => context.SystemService.Delete("account", Guid.NewGuid()));

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(Services(Factory(() => fault))));

        Assert.Equal(string.Format(PluginBase.ServiceFaultMessage, "ProbePlugin", "Record is unavailable."), thrown.Message);
        Assert.Same(fault, thrown.InnerException);
    }

    [Fact]
    public void Any_other_exception_becomes_an_InvalidPluginExecutionException_with_the_cause()
    {
        var plugin = new ProbePlugin(_ => throw new FormatException("bad number"));

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => plugin.Execute(Services(Factory())));

        Assert.Equal(string.Format(PluginBase.UnexpectedFailureMessage, "ProbePlugin", "bad number"), thrown.Message);
        Assert.IsType<FormatException>(thrown.InnerException);
        Assert.Contains(_tracing.Lines, line => line.Contains("FormatException"));
    }

    [Fact]
    public void A_missing_host_service_is_reported_by_name()
    {
        var provider = new StubServiceProvider().With<IPluginExecutionContext>(_context).With<ITracingService>(_tracing);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => new ProbePlugin(_ => { }).Execute(provider));

        Assert.Equal(string.Format(LocalPluginContext.MissingServiceMessage, nameof(IOrganizationServiceFactory)), thrown.Message);
    }

    [Fact]
    public void A_missing_service_provider_is_rejected()
    {
        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => new ProbePlugin(_ => { }).Execute(null!));

        Assert.Equal(PluginBase.MissingServiceProviderMessage, thrown.Message);
    }

    private static RecordingServiceFactory Factory(Func<Exception>? failure = null) =>
        new RecordingServiceFactory(failure ?? (() => new InvalidOperationException("no service call expected")));

    private IServiceProvider Services(IOrganizationServiceFactory factory) =>
        new StubServiceProvider()
            .With<IPluginExecutionContext>(_context)
            .With<ITracingService>(_tracing)
            .With(factory);

    [Fact]
    public void A_step_plugin_called_for_an_event_it_does_not_declare_traces_and_returns()
    {
        var ran = false;
        _context.MessageName = "Delete";

        new ProbePlugin(_ => ran = true).Execute(Services(Factory()));

        Assert.False(ran);
        Assert.Contains(_tracing.Lines, line => line.Contains("declares no step for Delete of account"));
    }

    [Fact]
    public void The_custom_api_plugin_called_for_another_message_throws_rather_than_report_nothing_done()
    {
        var failure = Assert.Throws<InvalidPluginExecutionException>(() => new ProbeApi().Execute(Services(Factory())));

        Assert.Equal(string.Format(PluginBase.WrongMessageForCustomApi, nameof(ProbeApi), "probe_Recalculate", "Update"), failure.Message);
    }

    private sealed class ProbePlugin : PluginBase
    {
        private readonly Action<LocalPluginContext> _handler;

        public ProbePlugin(Action<LocalPluginContext> handler) => _handler = handler;

        /// <summary>Declares exactly the event the stub context describes: synchronous post-operation Update of account.</summary>
        public override IReadOnlyList<StepRegistration> Steps { get; } = new[]
        {
            new StepRegistration(Guid.Empty, typeof(ProbePlugin), SdkMessage.Update, "account", PipelineStage.PostOperation, StepMode.Synchronous),
        };

        protected override void ExecuteCore(LocalPluginContext context) => _handler(context);
    }

    private sealed class ProbeApi : PluginBase
    {
        public override IReadOnlyList<StepRegistration> Steps => Array.Empty<StepRegistration>();

        public override string CustomApi => "probe_Recalculate";

        protected override void ExecuteCore(LocalPluginContext context) => context.Trace("api ran");
    }
}
