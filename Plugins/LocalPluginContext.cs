using System;
using CrmTiering.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins;

/// <summary>
/// What one plug-in execution works with. It names both identities: the user who started the
/// operation, and SYSTEM, which every read and write of tier data uses so that a user's
/// privileges never change a tier.
/// </summary>
public sealed class LocalPluginContext
{
    public const string MissingServiceMessage = "The plug-in host provided no {0}.";

    private IOrganizationService? _initiatingUserService;
    private IOrganizationService? _systemService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new ArgumentNullException(nameof(serviceProvider));
        }

        PluginExecutionContext = Require<IPluginExecutionContext>(serviceProvider);
        TracingService = Require<ITracingService>(serviceProvider);
        ServiceFactory = Require<IOrganizationServiceFactory>(serviceProvider);
    }

    public IPluginExecutionContext PluginExecutionContext { get; }

    public ITracingService TracingService { get; }

    public IOrganizationServiceFactory ServiceFactory { get; }

    /// <summary>Acts as the user who started the operation (their privileges apply).</summary>
    public IOrganizationService InitiatingUserService =>
        _initiatingUserService ??= ServiceFactory.CreateOrganizationService(PluginExecutionContext.InitiatingUserId);

    /// <summary>Acts as SYSTEM: CreateOrganizationService(null).</summary>
    public IOrganizationService SystemService =>
        _systemService ??= ServiceFactory.CreateOrganizationService(null);

    /// <summary>
    /// True when the operation runs as SYSTEM, i.e. a plug-in's CreateOrganizationService(null) made it.
    /// SYSTEM is recognised by its id, which WhoAmI names on this plug-in's own SYSTEM service: the id
    /// differs per organisation and any user may be named "SYSTEM". One call, so callers ask only when
    /// a decision (a rejection, a source label) depends on it.
    /// </summary>
    public bool OperationRunsAsSystem() => SystemIdentity.IsSystem(SystemService, PluginExecutionContext.UserId);

    /// <summary>Writes one line to the plug-in trace log; the text is never parsed as a format string.</summary>
    public void Trace(string message) => TracingService.Trace("{0}", message);

    private static T Require<T>(IServiceProvider serviceProvider) where T : class =>
        serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException(string.Format(MissingServiceMessage, typeof(T).Name));
}
