using System;
using System.Linq;
using CrmTiering.Core.Policy;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Workflows.Data;

/// <summary>
/// Reads the policy from the environment variable <c>ctier_TierPolicy</c>: its current value when
/// the organisation set one, else the solution's default. One query (definition outer-joined to
/// its value). Kept here rather than shared with Plugins: the two deployables share no assembly.
/// </summary>
public static class TierPolicySource
{
    public const string SchemaName = "ctier_TierPolicy";
    public const string DefinitionMissing = "The environment variable ctier_TierPolicy does not exist; using the built-in default policy.";

    private const string ValueAlias = "current";

    public static TierPolicy Load(IOrganizationService system, Action<string> trace)
    {
        var query = new QueryExpression("environmentvariabledefinition")
        {
            ColumnSet = new ColumnSet("defaultvalue"),
            TopCount = 1,
        };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, SchemaName);
        var value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet("value");

        var definition = system.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (definition is null)
        {
            trace(DefinitionMissing);
            return TierPolicy.Default;
        }

        var current = definition.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
        var json = string.IsNullOrWhiteSpace(current) ? definition.GetAttributeValue<string>("defaultvalue") : current;
        if (string.IsNullOrWhiteSpace(json))
        {
            trace(DefinitionMissing);
            return TierPolicy.Default;
        }

        var parsed = TierPolicy.TryParse(json!);
        if (!parsed.IsValid)
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.PolicyInvalid, string.Join(" ", parsed.Problems)));
        }

        return parsed.Policy!;
    }
}
