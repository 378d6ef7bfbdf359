using System;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>
/// What WinOpportunity and LoseOpportunity share: the OpportunityClose (with its opportunityid)
/// and Status (-1 or absent = the state's default reason) come in; the opportunity gets its
/// state, status, actual close date (the close's actualend, else today) and actual value; the
/// opportunityclose activity is created completed, as a Create through the pipeline, so Create steps on
/// opportunityclose fire (its table reference lists Create as an event: "opportunityclose EntityType",
/// Dataverse table reference).
/// </summary>
public abstract class OpportunityCloseHandler : IRequestHandler
{
    private readonly PipelineOptions _options;

    private protected OpportunityCloseHandler(PipelineOptions options)
    {
        _options = options;
    }

    public abstract string MessageName { get; }

    /// <summary>1 Won, 2 Lost.</summary>
    protected abstract int ClosedState { get; }

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var close = RequestContext.Parameter<Entity>(request, "OpportunityClose") ?? throw PlatformFault.MissingParameter("OpportunityClose");
        var opportunity = close.GetAttributeValue<EntityReference>("opportunityid") ?? throw PlatformFault.MissingParameter("OpportunityClose.opportunityid");
        var organization = context.Organization;
        var current = organization.Peek(StandardTables.Opportunity, opportunity.Id) ?? throw PlatformFault.ObjectDoesNotExist(StandardTables.Opportunity, opportunity.Id);
        var table = organization.Tables.Get(StandardTables.Opportunity);

        // Closing writes the opportunity and creates the close activity: the caller needs both privileges.
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Write, organization.Store.Find(StandardTables.Opportunity, opportunity.Id)!);
        var status = StatusOf(request) is int given && given >= 0 ? given : table.DefaultStatusFor(ClosedState) ?? -1;
        var closedOn = close.GetAttributeValue<DateTime?>("actualend") ?? organization.UtcNow;

        var change = new Entity(StandardTables.Opportunity, opportunity.Id)
        {
            ["statecode"] = new OptionSetValue(ClosedState),
            ["statuscode"] = new OptionSetValue(status),
            ["actualclosedate"] = closedOn,
        };
        if (ActualValue(close, current) is Money actual)
        {
            change["actualvalue"] = actual;
        }

        var activity = new Entity(StandardTables.OpportunityClose);
        foreach (var attribute in close.Attributes)
        {
            activity[attribute.Key] = attribute.Value;
        }

        activity["statecode"] = new OptionSetValue(1);
        activity["actualend"] = closedOn;
        activity.Attributes.Remove("statuscode");
        var closeRow = organization.Writer.ComposeNew(activity, context.Caller.UserId, seeding: false);
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Create, closeRow);

        if (_options.WinLoseFireUpdateSteps)
        {
            organization.Execute(new OpportunityStateUpdate(change), context.Caller);
        }
        else
        {
            var stored = organization.Store.Find(StandardTables.Opportunity, opportunity.Id)!;
            organization.Store.Replace(organization.Writer.ComposeUpdate(stored, change, context.Caller.UserId));
        }

        // Through the pipeline, so Create steps on opportunityclose fire as they do on the platform.
        organization.Execute(new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = activity }, context.Caller);
        return new OrganizationResponse { ResponseName = MessageName };
    }

    /// <summary>The actual value the opportunity keeps, or null to leave it.</summary>
    private protected abstract Money? ActualValue(Entity close, Entity current);

    private static int? StatusOf(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Status", out var value)
            ? value switch
            {
                OptionSetValue option => option.Value,
                int number => number,
                _ => null,
            }
            : null;
}
