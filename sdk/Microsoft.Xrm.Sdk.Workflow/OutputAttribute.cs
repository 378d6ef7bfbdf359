using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : ParameterAttribute
{
    public OutputAttribute(string name)
        : base(name)
    {
    }
}
