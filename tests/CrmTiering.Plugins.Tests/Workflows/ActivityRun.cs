using System;
using System.Activities;
using System.Collections.Generic;
using CrmTiering.Emulator;
using CrmTiering.Plugins.Tests.Foundation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>
/// Runs one activity class directly (WorkflowInvoker) against an emulated organisation, as the
/// platform would inside a process running as <see cref="StubExecutionContext.UserId"/>.
/// </summary>
public sealed class ActivityRun
{
    private readonly EmulatedOrganization _organization;

    public ActivityRun(EmulatedOrganization organization, Guid processUser, Guid initiatingUser)
    {
        _organization = organization;
        Context = new StubExecutionContext
        {
            UserId = processUser,
            InitiatingUserId = initiatingUser,
            MessageName = "Create",
            PrimaryEntityName = "ctier_tierchange",
            OperationCreatedOn = TieringOrganization.AsOf.AddHours(1),
        };
    }

    public StubExecutionContext Context { get; }

    public RecordingTracingService Tracing { get; } = new RecordingTracingService();

    public IDictionary<string, object> Invoke(Activity activity, string inputName, EntityReference? input)
    {
        var invoker = new WorkflowInvoker(activity);
        invoker.Extensions.Add(Context);
        invoker.Extensions.Add(Tracing);
        invoker.Extensions.Add(new EmulatedServiceFactory(_organization));
        return invoker.Invoke(new Dictionary<string, object> { [inputName] = input! });
    }

    private sealed class EmulatedServiceFactory : IOrganizationServiceFactory
    {
        private readonly EmulatedOrganization _organization;

        public EmulatedServiceFactory(EmulatedOrganization organization) => _organization = organization;

        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            userId is Guid user ? _organization.ServiceFor(user) : _organization.SystemService;
    }
}
