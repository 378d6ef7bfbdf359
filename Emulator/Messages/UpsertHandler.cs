using System;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Messages;

/// <summary>
/// Upsert (Target; "Use Upsert to create or update a record"): when a row with the target's id exists
/// it is updated, else the row is created with that id (a target without an id is created). Runs as a
/// Create or an Update, so their steps, security and concurrency apply. The response carries
/// RecordCreated and Target (a reference to the row). Alternate keys (Entity.KeyAttributes) are not
/// modelled: an upsert by alternate key throws <see cref="UnsupportedRequestException"/>.
/// </summary>
public sealed class UpsertHandler : IRequestHandler
{
    public string MessageName => "Upsert";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<Entity>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        if (target.KeyAttributes.Count > 0)
        {
            throw new UnsupportedRequestException("Upsert by alternate key");
        }

        var organization = context.Organization;
        var id = RowLocator.IdOf(organization, target);
        var exists = id != Guid.Empty && organization.Store.Find(target.LogicalName, id) is not null;
        if (exists)
        {
            var update = new UpdateRequest { Target = target };
            if (request.Parameters.TryGetValue("ConcurrencyBehavior", out var behavior))
            {
                update.Parameters["ConcurrencyBehavior"] = behavior;
            }

            organization.Execute(update, context.Caller);
        }
        else
        {
            id = (Guid)organization.Execute(new CreateRequest { Target = target }, context.Caller).Results["id"];
        }

        return new OrganizationResponse
        {
            ResponseName = MessageName,
            Results =
            {
                ["RecordCreated"] = !exists,
                ["Target"] = new EntityReference(target.LogicalName, id),
            },
        };
    }
}
