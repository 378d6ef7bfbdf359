using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>
/// Merge of two accounts: Target (the master, EntityReference), SubordinateId, UpdateContent (columns
/// copied onto the master), PerformParentingChecks. The subordinate's opportunities
/// (parentaccountid, customerid) and invoices (customerid, accountid) move to the master, and the
/// subordinate is deactivated with masterid set. The children's reparenting is part of the Merge
/// operation itself: it fires no Update steps (steps on Merge see the master).
/// </summary>
public sealed class MergeHandler : IRequestHandler
{
    /// <summary>{0} the id given twice.</summary>
    public const string SameRecordMessage = "The master and the subordinate record are the same record ({0}).";

    private static readonly (string Table, string Column)[] ChildLinks =
    {
        (StandardTables.Opportunity, "parentaccountid"),
        (StandardTables.Opportunity, "customerid"),
        (StandardTables.Invoice, "customerid"),
        (StandardTables.Invoice, "accountid"),
    };

    public string MessageName => "Merge";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<EntityReference>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        if (!request.Parameters.TryGetValue("SubordinateId", out var value) || value is not Guid subordinateId)
        {
            throw PlatformFault.MissingParameter("SubordinateId");
        }

        if (subordinateId == target.Id)
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(SameRecordMessage, target.Id));
        }

        var organization = context.Organization;
        var store = organization.Store;
        var caller = context.Caller.UserId;
        var master = RowLocator.Existing(organization, target.LogicalName, target.Id);
        var subordinate = RowLocator.Existing(organization, target.LogicalName, subordinateId);
        var masterReference = new EntityReference(target.LogicalName, target.Id);

        // Merge changes both records (the subordinate is deactivated): the caller must be able to write each.
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Write, master);
        WriteAccess.Demand(organization, context.Caller, PrivilegeAction.Write, subordinate);

        if (RequestContext.Parameter<Entity>(request, "UpdateContent") is { } content && content.Attributes.Count > 0)
        {
            var change = new Entity(target.LogicalName, target.Id);
            foreach (var attribute in content.Attributes)
            {
                change[attribute.Key] = attribute.Value;
            }

            store.Replace(organization.Writer.ComposeUpdate(master, change, caller));
        }

        foreach (var (table, column) in ChildLinks)
        {
            foreach (var childId in store.TableFor(table).IdsWhere(column, subordinateId).ToList())
            {
                var child = store.Find(table, childId)!;
                if (child[column] is EntityReference link && link.LogicalName == target.LogicalName)
                {
                    var moved = new Entity(table, childId) { [column] = masterReference };
                    store.Replace(organization.Writer.ComposeUpdate(child, moved, caller));
                }
            }
        }

        var deactivate = new Entity(target.LogicalName, subordinateId)
        {
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
            ["masterid"] = masterReference,
            ["merged"] = true,
        };
        store.Replace(organization.Writer.ComposeUpdate(subordinate, deactivate, caller));
        return new OrganizationResponse { ResponseName = MessageName };
    }
}
