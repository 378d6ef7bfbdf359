using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Emulator.Tests.Workflows;

/// <summary>Test activity: reads the account as the running user; IsBig = revenue over 100; also reports who ran it.</summary>
public sealed class SizeUpActivity : CodeActivity
{
    [Input("Account")]
    [ReferenceTarget("account")]
    public InArgument<EntityReference> Account { get; set; } = new();

    [Output("Is big")]
    public OutArgument<bool> IsBig { get; set; } = new();

    [Output("Name")]
    public OutArgument<string> Name { get; set; } = new();

    [Output("Run as")]
    public OutArgument<string> RunAs { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>();
        var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(workflow.UserId);
        var reference = Account.Get(context);
        var account = service.Retrieve(reference.LogicalName, reference.Id, new ColumnSet("name", "revenue"));
        context.GetExtension<ITracingService>().Trace("sizing {0}", account.GetAttributeValue<string>("name"));
        IsBig.Set(context, (account.GetAttributeValue<Money>("revenue")?.Value ?? 0m) > 100m);
        Name.Set(context, account.GetAttributeValue<string>("name"));
        RunAs.Set(context, workflow.UserId + "/" + workflow.InitiatingUserId);
    }
}
