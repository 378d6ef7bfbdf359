using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmTiering.Emulator.Security;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// The bound function <c>GET systemusers(id)/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='prv…')</c>
/// ("RetrieveUserPrivilegeByPrivilegeName Function"): the user's role privileges of that name, each with
/// its depth (Basic, Local, Deep, Global), name and the user's business unit (no PrivilegeId: the emulator
/// does not know the platform's privilege ids); an empty list when no role of the user holds it. Read from the emulator's directory (the emulator has no such message, so the
/// call log does not show it).
/// </summary>
public sealed partial class UserPrivilegeRoute
{
    public const string FunctionName = "RetrieveUserPrivilegeByPrivilegeName";

    private readonly WebApiContext _context;

    public UserPrivilegeRoute(WebApiContext context)
    {
        _context = context;
    }

    public WebApiResponse Get(Guid userId, string parameters)
    {
        var match = PrivilegeName().Match(parameters);
        if (!match.Success) throw WebApiRequestException.BadRequest($"{FunctionName} needs PrivilegeName='prv…'.");
        if (_context.Organization.Peek("systemuser", userId) is null)
        {
            throw new WebApiRequestException(WebApiError.NotFound($"systemuser With Id = {userId} Does Not Exist"), "no such user");
        }

        var name = match.Groups["name"].Value.Replace("''", "'", StringComparison.Ordinal);
        var privileges = new JsonArray();
        if (_context.Organization.Directory.PrivilegeDepthOf(userId, name) is PrivilegeDepth depth)
        {
            privileges.Add(new JsonObject
            {
                ["Depth"] = depth switch
                {
                    PrivilegeDepth.User => "Basic",
                    PrivilegeDepth.BusinessUnit => "Local",
                    PrivilegeDepth.ParentChildBusinessUnits => "Deep",
                    _ => "Global",
                },
                ["BusinessUnitId"] = _context.Organization.Directory.BusinessUnitOfUser(userId).ToString("D"),
                ["PrivilegeName"] = name,
            });
        }

        return WebApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = _context.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM." + FunctionName + "Response",
            ["RolePrivileges"] = privileges,
        });
    }

    [GeneratedRegex(@"^PrivilegeName='(?<name>(?:[^']|'')*)'$")]
    private static partial Regex PrivilegeName();
}
