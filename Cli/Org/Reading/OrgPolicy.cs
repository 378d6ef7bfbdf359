using System.Linq;
using System.Text.Json;
using CrmTiering.Cli.Org.Http;
using CrmTiering.Cli.Org.Paging;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Org.Reading;

/// <summary>
/// The tier policy in force in the org, read as the plug-ins read it (Plugins/Data/TierPolicySource):
/// the environment variable <c>ctier_TierPolicy</c>'s current value when it has one, else its default,
/// validated by Core.
/// </summary>
public static class OrgPolicy
{
    public const string SchemaName = "ctier_TierPolicy";

    /// <summary>The policy JSON in force; null when the definition is missing (solution not installed).</summary>
    public static string? ReadJson(WebApiClient client)
    {
        var definition = ODataPages.Rows(client,
            $"environmentvariabledefinitions?$select=environmentvariabledefinitionid,defaultvalue&$filter=schemaname eq '{SchemaName}'").FirstOrDefault();
        if (definition.ValueKind != JsonValueKind.Object) return null;
        var id = WebApiValue.Text(definition, "environmentvariabledefinitionid");
        var current = ODataPages.Rows(client,
            $"environmentvariablevalues?$select=value&$filter=_environmentvariabledefinitionid_value eq {id}")
            .Select(row => WebApiValue.Text(row, "value"))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        return current ?? WebApiValue.Text(definition, "defaultvalue");
    }

    /// <exception cref="UserMistakeException">No policy variable (solution not installed), or a policy Core rejects.</exception>
    public static TierPolicy Read(WebApiClient client)
    {
        var json = ReadJson(client) ?? throw new UserMistakeException(string.Format(OrgMessages.SolutionNotInstalled, client.Org, "the environment variable " + SchemaName));
        var parsed = TierPolicy.TryParse(json);
        return parsed.Policy ?? throw new UserMistakeException(string.Format(OrgMessages.OrgPolicyInvalid, client.Org, string.Join("; ", parsed.Problems)));
    }
}
