using System;
using System.ServiceModel;
using CrmTiering.Emulator.Calls;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator;

/// <summary>
/// <c>IOrganizationService</c> for one caller. Every method becomes the platform's request,
/// is recorded in the call log, and runs through the organisation's executor (so the
/// pipeline sees calls made by plugins exactly like calls made by tests).
/// </summary>
public sealed class EmulatedOrganizationService : IOrganizationService
{
    private readonly EmulatedOrganization _organization;

    internal EmulatedOrganizationService(EmulatedOrganization organization, CallerContext caller)
    {
        _organization = organization;
        Caller = caller;
    }

    public CallerContext Caller { get; }

    public Guid Create(Entity entity)
    {
        var response = Execute(new CreateRequest { Target = entity });
        return (Guid)response.Results["id"];
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        var response = Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet });
        return (Entity)response.Results["Entity"];
    }

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var response = Execute(new RetrieveMultipleRequest { Query = query });
        return (EntityCollection)response.Results["EntityCollection"];
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new OrganizationRequest("Associate") { ["Target"] = new EntityReference(entityName, entityId), ["Relationship"] = relationship, ["RelatedEntities"] = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new OrganizationRequest("Disassociate") { ["Target"] = new EntityReference(entityName, entityId), ["Relationship"] = relationship, ["RelatedEntities"] = relatedEntities });

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        _organization.BeforeServiceCall?.Invoke(request);
        var record = CallDescription.Describe(request, Caller, _organization.Calls.NextSequence);
        _organization.Calls.Add(record);
        try
        {
            var response = _organization.Execute(request, Caller);
            record.RowsReturned = RowsIn(response);
            return response;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            record.Failed = true;
            record.FaultCode = fault.Detail?.ErrorCode;
            throw;
        }
        catch (Exception)
        {
            record.Failed = true;
            throw;
        }
    }

    private static int RowsIn(OrganizationResponse response)
    {
        if (response.Results.TryGetValue("EntityCollection", out var collection) && collection is EntityCollection rows)
        {
            return rows.Entities.Count;
        }

        return response.Results.TryGetValue("Entity", out var entity) && entity is Entity ? 1 : 0;
    }
}
