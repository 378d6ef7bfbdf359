using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Queries;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Handlers;

/// <summary>
/// Retrieve: a copy of the row with only the requested columns that have a value (plus the
/// primary key); a row the caller may not read fails with the platform's access fault.
/// </summary>
public sealed class RetrieveHandler : IRequestHandler
{
    public string MessageName => "Retrieve";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestContext.Parameter<EntityReference>(request, "Target") ?? throw PlatformFault.MissingParameter("Target");
        var columns = RequestContext.Parameter<ColumnSet>(request, "ColumnSet") ?? throw PlatformFault.MissingParameter("ColumnSet");
        var organization = context.Organization;
        var row = new RowSource(organization).Find(target.LogicalName, target.Id)
            ?? throw PlatformFault.ObjectDoesNotExist(target.LogicalName, target.Id);
        var table = organization.Tables.Get(target.LogicalName);
        if (!ReadAccess.For(context.Caller, table, organization.Directory).CanRead(row))
        {
            throw PlatformFault.ReadAccessDenied(context.Caller.UserId, target.LogicalName, target.Id);
        }

        var response = new RetrieveResponse();
        // Lookups come back with the related row's primary name (EntityReference.Name), as the platform returns them.
        var entity = RowProjection.ToEntity(row, table, columns.AllColumns, columns.Columns);
        response.Results["Entity"] = LookupNames.Fill(entity, reference => LookupNames.Resolve(organization, reference));
        return response;
    }
}
