using System;
using System.ServiceModel;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Sends one request (from HTTP or from inside a $batch) to its route and turns every fault into the
/// platform's error shape and status. Paths are relative to the service root <c>/api/data/v9.2/</c>.
/// </summary>
public sealed partial class WebApiRouter
{
    public const string SegmentNotFoundMessage = "Resource not found for the segment '{0}'.";

    private readonly WebApiContext _context;
    private readonly CollectionRoute _collections;
    private readonly RowRoute _rows;
    private readonly ActionRoute _actions;

    public WebApiRouter(WebApiContext context)
    {
        _context = context;
        _collections = new CollectionRoute(context);
        _rows = new RowRoute(context);
        _actions = new ActionRoute(context);
    }

    public WebApiContext Context => _context;

    public WebApiResponse Handle(WebApiRequest request)
    {
        try
        {
            return Route(request);
        }
        catch (Exception e) when (e is WebApiRequestException or FaultException<OrganizationServiceFault> or InvalidPluginExecutionException or NotSupportedException)
        {
            return WebApiError.FromException(e);
        }
    }

    private WebApiResponse Route(WebApiRequest request)
    {
        var path = request.Path.Trim('/');
        var method = request.Method.ToUpperInvariant();
        if (path == "$batch")
        {
            return method == "POST" ? new BatchRoute(this).Execute(request) : MethodNotAllowed(method, path);
        }

        if (path is ActionRoute.WhoAmI or ActionRoute.WhoAmI + "()")
        {
            return method == "GET" ? _actions.WhoAmIFunction() : MethodNotAllowed(method, path);
        }

        var bound = BoundFunctionPattern().Match(path);
        if (bound.Success && bound.Groups["set"].Value == "systemusers" && bound.Groups["name"].Value == UserPrivilegeRoute.FunctionName && Guid.TryParse(bound.Groups["key"].Value, out var user))
        {
            return method == "GET" ? new UserPrivilegeRoute(_context).Get(user, bound.Groups["parameters"].Value) : MethodNotAllowed(method, path);
        }

        var row = RowPattern().Match(path);
        if (row.Success)
        {
            if (!Guid.TryParse(row.Groups["key"].Value, out var id))
            {
                throw WebApiRequestException.BadRequest($"'{row.Groups["key"].Value}' is not a primary key (a GUID); alternate keys are not supported by the emulator's Web API.");
            }

            var set = row.Groups["set"].Value;
            return method switch
            {
                "GET" => _rows.Get(set, id, request),
                "PATCH" => _rows.Update(set, id, request),
                "DELETE" => _rows.Delete(set, id, request),
                _ => MethodNotAllowed(method, path),
            };
        }

        if (!path.Contains('/', StringComparison.Ordinal) && !path.Contains('(', StringComparison.Ordinal))
        {
            if (_actions.Find(path) is { } api)
            {
                return method == "POST" ? _actions.Execute(api, request) : MethodNotAllowed(method, path);
            }

            if (_context.Sets.TableOf(path) is not null)
            {
                return method switch
                {
                    "GET" => _collections.Get(path, request),
                    "POST" => _rows.Create(path, request),
                    _ => MethodNotAllowed(method, path),
                };
            }
        }

        return WebApiError.Of(404, WebApiError.ODataUriError, string.Format(System.Globalization.CultureInfo.InvariantCulture, SegmentNotFoundMessage, path));
    }

    private static WebApiResponse MethodNotAllowed(string method, string path) =>
        WebApiError.Of(405, WebApiError.ODataUriError, $"The HTTP method '{method}' is not allowed on '{path}'.");

    [GeneratedRegex(@"^(?<set>[A-Za-z0-9_]+)\((?<key>[^)]*)\)/Microsoft\.Dynamics\.CRM\.(?<name>[A-Za-z]+)\((?<parameters>.*)\)$")]
    private static partial Regex BoundFunctionPattern();

    [GeneratedRegex(@"^(?<set>[A-Za-z0-9_]+)\((?<key>[^)]*)\)$")]
    private static partial Regex RowPattern();
}
