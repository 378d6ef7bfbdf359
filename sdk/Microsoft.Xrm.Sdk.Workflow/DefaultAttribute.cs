using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Default value of an input argument, as text (entityName for EntityReference defaults).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultAttribute : Attribute
{
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    public DefaultAttribute(string value, string entityName)
    {
        Value = value;
        EntityName = entityName;
    }

    public string Value { get; }

    public string EntityName { get; }
}
