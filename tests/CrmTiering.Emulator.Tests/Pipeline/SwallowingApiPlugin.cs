using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>A Custom API plugin that breaks the transaction rule: writes a contact, swallows a failed Retrieve, returns.</summary>
public sealed class SwallowingApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        service.Create(new Entity("contact") { ["lastname"] = "Written first" });
        try
        {
            service.Retrieve("account", Guid.NewGuid(), new ColumnSet("name"));
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // Deliberately ignored: the platform fails the operation anyway.
        }
    }
}
