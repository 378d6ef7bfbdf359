using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>What every route needs: the organisation, the caller's service, names, types and the service root URL.</summary>
public sealed class WebApiContext
{
    public WebApiContext(EmulatedOrganization organization, OrgWebApiOptions options)
    {
        Organization = organization;
        Options = options;
        Sets = new EntitySetNames(organization);
        Types = new StoredColumnTypes(organization);
        Bodies = new EntityBody(organization, Sets, Types);
        Service = organization.ServiceFor(options.CallerId == Guid.Empty ? organization.SystemUserId : options.CallerId);
    }

    public EmulatedOrganization Organization { get; }

    public OrgWebApiOptions Options { get; }

    public EntitySetNames Sets { get; }

    public StoredColumnTypes Types { get; }

    public EntityBody Bodies { get; }

    /// <summary>The service every request runs through, as the token's user (so the call log shows the calls).</summary>
    public IOrganizationService Service { get; }

    /// <summary>The service root, e.g. <c>http://127.0.0.1:5555/api/data/v9.2/</c>; set once the server listens.</summary>
    public string ServiceRoot { get; set; } = "http://127.0.0.1/" + OrgWebApi.ApiPath;

    public string TableOf(string setName) =>
        Sets.TableOf(setName) ?? throw WebApiRequestException.NotFound($"Resource not found for the segment '{setName}'.");

    public string EntityUrl(string table, Guid id) => ServiceRoot + EntitySetNames.SetNameOf(table) + "(" + id.ToString("D") + ")";
}
