using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Emulator.Tests.Workflows;

/// <summary>Test activity: on the factory's null-user service, asks WhoAmI and creates a task regarding the record.</summary>
public sealed class WhoAmIActivity : CodeActivity
{
    [Input("Regarding")]
    public InArgument<EntityReference> Regarding { get; set; } = new();

    [Output("User")]
    public OutArgument<Guid> UserId { get; set; } = new();

    [Output("Task")]
    public OutArgument<EntityReference> Task { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(null);
        UserId.Set(context, (Guid)service.Execute(new OrganizationRequest("WhoAmI")).Results["UserId"]);
        var id = service.Create(new Entity("task") { ["subject"] = "who am I", ["regardingobjectid"] = Regarding.Get(context) });
        Task.Set(context, new EntityReference("task", id));
    }
}
