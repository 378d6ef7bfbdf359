using System;
using System.Linq;
using CrmTiering.Core.Policy;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Reads the tier policy from the <c>ctier_TierPolicy</c> environment variable as Dataverse stores
/// it: the definition's default value and, when the environment has one, the current value, which
/// wins. One query (the value row joined to its definition); call it with the SYSTEM service so a
/// user's privileges never change which policy applies. The plug-ins and the workflow
/// activities read the same policy the same way.
/// </summary>
public static class TierPolicySource
{
    public const string MissingDefinitionMessage =
        "The tier policy environment variable ctier_TierPolicy does not exist; import the CrmTiering solution again.";

    public const string EmptyPolicyMessage =
        "The tier policy environment variable ctier_TierPolicy has neither a current value nor a default value.";

    /// <summary>{0} = Core's problems, one per line.</summary>
    public const string InvalidPolicyMessage = "The tier policy (environment variable ctier_TierPolicy) is not valid: {0}";

    private const string ValueAlias = "current";

    /// <summary>The policy JSON in force: the current value when set, else the default.</summary>
    public static string ReadJson(IOrganizationService systemService)
    {
        var fetch =
            "<fetch top=\"1\">" +
            $"<entity name=\"{EnvironmentVariableColumns.DefinitionTable}\">" +
            $"<attribute name=\"{EnvironmentVariableColumns.DefaultValue}\" />" +
            "<filter>" +
            $"<condition attribute=\"{EnvironmentVariableColumns.SchemaName}\" operator=\"eq\" value=\"{EnvironmentVariableColumns.TierPolicySchemaName}\" />" +
            "</filter>" +
            $"<link-entity name=\"{EnvironmentVariableColumns.ValueTable}\" from=\"{EnvironmentVariableColumns.DefinitionId}\" to=\"{EnvironmentVariableColumns.DefinitionId}\" link-type=\"outer\" alias=\"{ValueAlias}\">" +
            $"<attribute name=\"{EnvironmentVariableColumns.Value}\" />" +
            "</link-entity>" +
            "</entity></fetch>";
        var definition = systemService.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault()
            ?? throw new InvalidPluginExecutionException(MissingDefinitionMessage);
        var current = definition.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariableColumns.Value)?.Value as string;
        var json = !string.IsNullOrWhiteSpace(current) ? current : definition.GetAttributeValue<string>(EnvironmentVariableColumns.DefaultValue);
        return string.IsNullOrWhiteSpace(json) ? throw new InvalidPluginExecutionException(EmptyPolicyMessage) : json!;
    }

    /// <summary>Reads and validates the policy; a malformed one fails with Core's messages naming each problem.</summary>
    public static TierPolicy Read(IOrganizationService systemService)
    {
        var parsed = TierPolicy.TryParse(ReadJson(systemService));
        if (parsed.Policy is null)
        {
            throw new InvalidPluginExecutionException(string.Format(InvalidPolicyMessage, string.Join(Environment.NewLine, parsed.Problems)));
        }

        return parsed.Policy;
    }
}
