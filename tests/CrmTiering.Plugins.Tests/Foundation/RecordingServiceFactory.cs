using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>Records which identities services were created for; each service fails its calls with a given exception.</summary>
public sealed class RecordingServiceFactory : IOrganizationServiceFactory
{
    private readonly Func<Exception> _failure;

    public RecordingServiceFactory(Func<Exception> failure)
    {
        _failure = failure;
    }

    public List<Guid?> CreatedFor { get; } = new List<Guid?>();

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        CreatedFor.Add(userId);
        return new FailingService(_failure);
    }

    private sealed class FailingService : IOrganizationService
    {
        private readonly Func<Exception> _failure;

        public FailingService(Func<Exception> failure) => _failure = failure;

        public Guid Create(Entity entity) => throw _failure();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw _failure();

        public void Update(Entity entity) => throw _failure();

        public void Delete(string entityName, Guid id) => throw _failure();

        public OrganizationResponse Execute(OrganizationRequest request) => throw _failure();

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw _failure();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw _failure();

        public EntityCollection RetrieveMultiple(QueryBase query) => throw _failure();
    }
}
