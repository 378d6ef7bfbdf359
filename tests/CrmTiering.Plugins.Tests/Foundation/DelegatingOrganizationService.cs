using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>An organisation service that passes every call on; tests override the one call they bend.</summary>
public abstract class DelegatingOrganizationService : IOrganizationService
{
    protected DelegatingOrganizationService(IOrganizationService inner) => Inner = inner;

    protected IOrganizationService Inner { get; }

    public virtual Guid Create(Entity entity) => Inner.Create(entity);

    public virtual Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Inner.Retrieve(entityName, id, columnSet);

    public virtual void Update(Entity entity) => Inner.Update(entity);

    public virtual void Delete(string entityName, Guid id) => Inner.Delete(entityName, id);

    public virtual OrganizationResponse Execute(OrganizationRequest request) => Inner.Execute(request);

    public virtual void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Inner.Associate(entityName, entityId, relationship, relatedEntities);

    public virtual void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public virtual EntityCollection RetrieveMultiple(QueryBase query) => Inner.RetrieveMultiple(query);
}
