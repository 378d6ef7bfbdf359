using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Messages;

/// <summary>
/// SetState (EntityMoniker, State, Status; "SetStateRequest" reference, deprecated in favour of Update):
/// writes statecode and statuscode (Status −1 = the state's default status). A state the table does not
/// have is refused. Opportunities cannot be closed this way: Won (1) and Lost (2) need WinOpportunity /
/// LoseOpportunity, as with Update. Runs as an Update of the two columns (so Update steps fire, as the
/// platform runs SetState through the update pipeline).
/// </summary>
public sealed class SetStateHandler : IRequestHandler
{
    public string MessageName => "SetState";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var moniker = RequestContext.Parameter<EntityReference>(request, "EntityMoniker") ?? throw PlatformFault.MissingParameter("EntityMoniker");
        var state = RequestContext.Parameter<OptionSetValue>(request, "State") ?? throw PlatformFault.MissingParameter("State");
        var status = RequestContext.Parameter<OptionSetValue>(request, "Status") ?? throw PlatformFault.MissingParameter("Status");
        var organization = context.Organization;
        OpportunityCloseRule.RefuseClosingState(moniker.LogicalName, state.Value);

        var table = organization.Tables.Get(moniker.LogicalName);
        if (table.DefaultStatusFor(state.Value) is not int defaultStatus)
        {
            throw PlatformFault.InvalidArgument($"{state.Value} is not a valid state code on {moniker.LogicalName}.");
        }

        var target = new Entity(moniker.LogicalName, moniker.Id)
        {
            ["statecode"] = new OptionSetValue(state.Value),
            ["statuscode"] = new OptionSetValue(status.Value == -1 ? defaultStatus : status.Value),
        };
        organization.Execute(new UpdateRequest { Target = target }, context.Caller);
        return new OrganizationResponse { ResponseName = MessageName };
    }
}
