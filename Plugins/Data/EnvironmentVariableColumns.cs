namespace CrmTiering.Plugins.Data;

/// <summary>
/// How Dataverse stores an environment variable: a definition (schema name, default value) and at
/// most one value row per environment (the current value), linked by the definition id.
/// </summary>
public static class EnvironmentVariableColumns
{
    public const string DefinitionTable = "environmentvariabledefinition";
    public const string DefinitionId = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";
    public const string ValueTable = "environmentvariablevalue";
    public const string Value = "value";

    /// <summary>The tier policy's environment variable (JSON, at most 2 000 characters).</summary>
    public const string TierPolicySchemaName = "ctier_TierPolicy";
}
