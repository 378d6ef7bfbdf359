using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Reflection;
using CrmTiering.Cli.Org.Http;
using CrmTiering.Cli.Org.Paging;
using CrmTiering.Cli.Org.Reading;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Cli.Org.Doctor;

/// <summary>
/// <c>crmtiering doctor</c>: reads (never writes) what the CrmTiering import put into the org and
/// compares it with what this build ships — the solution and its version, every step of
/// <see cref="TieringSteps.Shipped"/> present and enabled (steps keep their pinned ids across imports),
/// the Custom API with its execute privilege, whether the signed-in user holds that privilege, and the
/// policy under Core's validation — then prints the org's Win and Lose sdkmessage ids with the build
/// command that ships those two steps (Plugins/README, "SDK message ids").
/// </summary>
public sealed class SolutionCheck
{
    public const string SolutionName = "CrmTiering";
    public const int EnabledStep = 0;

    private readonly WebApiClient _client;
    private readonly CliConsole _console;

    public SolutionCheck(WebApiClient client, CliConsole console)
    {
        _client = client;
        _console = console;
    }

    public int Problems { get; private set; }

    /// <exception cref="UserMistakeException">The solution is not installed (nothing else can be checked).</exception>
    public void Run()
    {
        var solution = Rows($"solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq '{SolutionName}'").FirstOrDefault();
        if (solution.ValueKind == default) throw new UserMistakeException(string.Format(OrgMessages.SolutionNotInstalled, _client.Org, "solution " + SolutionName));
        var version = WebApiValue.Text(solution, "version");
        var shipped = ShippedVersion();
        Report(version == shipped, $"solution {SolutionName} {version} ({(WebApiValue.Text(solution, "ismanaged") == "true" ? "managed" : "unmanaged")})",
            $"this crmtiering ships {shipped}: import the matching zip");
        CheckSteps();
        CheckCustomApi();
        CheckPolicy();
        PrintWinAndLose();
    }

    private void CheckSteps()
    {
        var found = new Dictionary<Guid, string>();
        foreach (var chunk in TieringSteps.All.Chunk(20))
        {
            var filter = string.Join(" or ", chunk.Select(step => "sdkmessageprocessingstepid eq " + step.Id.ToString("D")));
            foreach (var row in Rows("sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid,name,statecode&$filter=" + filter))
            {
                found[Guid.Parse(WebApiValue.Text(row, "sdkmessageprocessingstepid"))] = WebApiValue.Text(row, "statecode");
            }
        }
        foreach (var step in TieringSteps.Shipped)
        {
            Report(found.TryGetValue(step.Id, out var state) && state == EnabledStep.ToString(), "step " + step.Name,
                state is null ? "missing: import the solution again" : "disabled: enable it (Solutions → CrmTiering → Plug-in steps)");
        }
        foreach (var step in TieringSteps.All.Except(TieringSteps.Shipped))
        {
            _console.Output.WriteLine((found.ContainsKey(step.Id) ? "ok      " : "note    ") + "step " + step.Name
                + (found.ContainsKey(step.Id) ? string.Empty : " is not registered (optional; see the build command below)"));
        }
    }

    private void CheckCustomApi()
    {
        var api = Rows($"customapis?$select=uniquename,executeprivilegename&$filter=uniquename eq '{RecalculateTiersApi.UniqueName}'").FirstOrDefault();
        if (api.ValueKind == default)
        {
            Report(false, "Custom API " + RecalculateTiersApi.UniqueName, "missing: import the solution again");
            return;
        }
        var privilege = WebApiValue.Text(api, "executeprivilegename");
        Report(string.Equals(privilege, FailureAdvice.SweepPrivilege, StringComparison.OrdinalIgnoreCase),
            $"Custom API {RecalculateTiersApi.UniqueName}, execute privilege {privilege}", $"expected {FailureAdvice.SweepPrivilege}: import the solution again");
        CheckCallerHolds(privilege.Length == 0 ? FailureAdvice.SweepPrivilege : privilege);
    }

    /// <summary>WhoAmI, then RetrieveUserPrivilegeByPrivilegeName (a Web API function on systemuser): does the signed-in user hold it?</summary>
    private void CheckCallerHolds(string privilege)
    {
        try
        {
            using var who = _client.GetAsync("WhoAmI").GetAwaiter().GetResult();
            var userId = WebApiValue.Text(who.RootElement, "UserId");
            using var held = _client.GetAsync($"systemusers({userId})/Microsoft.Dynamics.CRM.RetrieveUserPrivilegeByPrivilegeName(PrivilegeName='{privilege}')").GetAwaiter().GetResult();
            var holds = held.RootElement.TryGetProperty("RolePrivileges", out var privileges) && privileges.GetArrayLength() > 0;
            Report(holds, $"you (user {userId}) hold {privilege}, so you may sweep", string.Format(OrgMessages.GrantSweepRole, privilege));
        }
        catch (WebApiException e) when (e.Status is HttpStatusCode.NotFound or HttpStatusCode.NotImplemented or HttpStatusCode.BadRequest)
        {
            _console.Output.WriteLine($"note    whether you hold {privilege} could not be read ({e.Request}: {(int?)e.Status})");
        }
    }

    private void CheckPolicy()
    {
        var json = OrgPolicy.ReadJson(_client);
        if (json is null)
        {
            Report(false, "policy " + OrgPolicy.SchemaName, "the environment variable is missing: import the solution again");
            return;
        }
        var parsed = TierPolicy.TryParse(json);
        Report(parsed.IsValid, "policy " + OrgPolicy.SchemaName + " is valid", "invalid: " + string.Join("; ", parsed.Problems) + " (fix its current value)");
    }

    private void PrintWinAndLose()
    {
        var ids = Rows("sdkmessages?$select=sdkmessageid,name&$filter=name eq 'Win' or name eq 'Lose'")
            .ToDictionary(row => WebApiValue.Text(row, "name"), row => WebApiValue.Text(row, "sdkmessageid"), StringComparer.Ordinal);
        if (ids.TryGetValue("Win", out var win) && ids.TryGetValue("Lose", out var lose))
        {
            _console.Output.WriteLine($"sdk message ids: Win={win} Lose={lose}");
            _console.Output.WriteLine($"ship the Win and Lose steps: dotnet build -c Release -p:CrmTieringSdkMessageIds=\"Win={win};Lose={lose}\"");
        }
        else
        {
            _console.Output.WriteLine("note    the org has no Win or Lose sdkmessage (is Dynamics 365 Sales installed?)");
        }
    }

    private IEnumerable<System.Text.Json.JsonElement> Rows(string query) => ODataPages.Rows(_client, query);

    private void Report(bool ok, string what, string fix)
    {
        if (!ok) Problems++;
        _console.Output.WriteLine(ok ? "ok      " + what : "problem " + what + ": " + fix);
    }

    /// <summary>The release this build packs (CrmTieringRelease, stamped into the assembly).</summary>
    public static string ShippedVersion() =>
        typeof(SolutionCheck).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "CrmTieringRelease")?.Value ?? "unknown";
}
