using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Emulator.Tests.Workflows;

/// <summary>Test activity: creates a task regarding the record, as the running user; "fail" as subject writes the task and then throws.</summary>
public sealed class FollowUpActivity : CodeActivity
{
    [Input("Regarding")]
    public InArgument<EntityReference> Regarding { get; set; } = new();

    [Input("Subject")]
    public InArgument<string> Subject { get; set; } = new();

    [Output("Task")]
    public OutArgument<EntityReference> Task { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>();
        var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(workflow.UserId);
        var subject = Subject.Get(context);
        var id = service.Create(new Entity("task") { ["subject"] = subject, ["regardingobjectid"] = Regarding.Get(context) });
        if (subject == "fail")
        {
            throw new InvalidPluginExecutionException("follow-up failed");
        }

        Task.Set(context, new EntityReference("task", id));
    }
}
