using System;

namespace Microsoft.Xrm.Sdk.Client;

/// <summary>Marks an early-bound class with the table it maps; required by Entity.ToEntity&lt;T&gt;.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EntityLogicalNameAttribute : Attribute
{
    public EntityLogicalNameAttribute(string logicalName)
    {
        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
