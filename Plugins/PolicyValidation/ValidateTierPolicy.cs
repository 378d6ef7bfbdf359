using System;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.PolicyValidation;

/// <summary>
/// Refuses to save an invalid tier policy (R20), so a typo never reaches the recalculation: sync
/// pre-operation on the environment variable value (Create, Update) and definition (Update), only for
/// <c>ctier_TierPolicy</c>. The value row names its definition by id, so its schema name costs one
/// Retrieve; a definition's own schema name comes from the pre-image. An empty value passes: the
/// definition's default then applies.
/// </summary>
public sealed class ValidateTierPolicy : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => PolicyValidationSteps.All;

    /// <summary>The definition pre-image alias (schema name).</summary>
    public const string DefinitionImageName = "definition";

    /// <summary>The value pre-image alias (its definition, absent from an Update's Target).</summary>
    public const string ValueImageName = "value";

    /// <summary>{0} = Core's problems, one per line.</summary>
    public const string InvalidPolicyMessage = "The tier policy (ctier_TierPolicy) was not saved because it is not valid:\n{0}";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (!execution.InputParameters.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return;
        }

        var isDefinition = execution.PrimaryEntityName == EnvironmentVariableColumns.DefinitionTable;
        var column = isDefinition ? EnvironmentVariableColumns.DefaultValue : EnvironmentVariableColumns.Value;
        if (!target.Contains(column))
        {
            return;
        }

        var json = target.GetAttributeValue<string>(column);
        if (string.IsNullOrWhiteSpace(json))
        {
            context.Trace($"{column} is empty: nothing to validate.");
            return;
        }

        var schemaName = isDefinition ? DefinitionSchemaName(execution, target) : ValueSchemaName(context, target);
        if (!string.Equals(schemaName, EnvironmentVariableColumns.TierPolicySchemaName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var parsed = TierPolicy.TryParse(json!);
        if (!parsed.IsValid)
        {
            throw new InvalidPluginExecutionException(string.Format(InvalidPolicyMessage, string.Join("\n", parsed.Problems)));
        }

        context.Trace($"The tier policy in {column} is valid ({json!.Length} characters).");
    }

    private static string? DefinitionSchemaName(IPluginExecutionContext execution, Entity target) =>
        target.GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName)
        ?? (execution.PreEntityImages.TryGetValue(DefinitionImageName, out var image) ? image.GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName) : null);

    private static string? ValueSchemaName(LocalPluginContext context, Entity target)
    {
        var execution = context.PluginExecutionContext;
        var definition = target.GetAttributeValue<EntityReference>(EnvironmentVariableColumns.DefinitionId)
            ?? (execution.PreEntityImages.TryGetValue(ValueImageName, out var image) ? image.GetAttributeValue<EntityReference>(EnvironmentVariableColumns.DefinitionId) : null);
        if (definition is null)
        {
            context.Trace("The value names no definition: not the tier policy.");
            return null;
        }

        return context.SystemService
            .Retrieve(EnvironmentVariableColumns.DefinitionTable, definition.Id, new ColumnSet(EnvironmentVariableColumns.SchemaName))
            .GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName);
    }
}
