using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Handlers;

/// <summary>RetrieveMultiple: QueryExpression, QueryByAttribute or FetchXML, filtered by the caller's read access.</summary>
public sealed class RetrieveMultipleHandler : IRequestHandler
{
    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var query = RequestContext.Parameter<QueryBase>(request, "Query") ?? throw PlatformFault.MissingParameter("Query");
        var spec = QueryReaders.Read(query);
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = new QueryEngine(context.Organization, context.Caller).Run(spec);
        return response;
    }
}
