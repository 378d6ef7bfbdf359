using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Serves an emulated organisation as a Dataverse Web API on loopback (127.0.0.1 only), with Kestrel from
/// the shared framework:
/// <code>
/// await using var server = await OrgWebApi.StartAsync(org, new OrgWebApiOptions { CallerId = admin, AccessToken = "t" }, ct);
/// var url = server.BaseUrl;         // http://127.0.0.1:54321/  (Port = 0 picks a free port)
/// var api = server.ServiceRoot;     // http://127.0.0.1:54321/api/data/v9.2/
/// </code>
/// Requests are served one at a time (the emulator is single-threaded, as one org's data is consistent).
/// </summary>
public static class OrgWebApi
{
    public const string ApiPath = "api/data/v9.2/";

    public static async Task<OrgWebApiServer> StartAsync(EmulatedOrganization organization, OrgWebApiOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var context = new WebApiContext(organization, options);
        var host = new WebApiHttpHost(new WebApiRouter(context), options);
        app.Run(host.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Urls.First().TrimEnd('/') + "/";
        context.ServiceRoot = address + ApiPath;
        return new OrgWebApiServer(app, address, context.ServiceRoot, host);
    }
}
