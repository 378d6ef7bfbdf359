using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Detail of the FaultException&lt;OrganizationServiceFault&gt; a failed service call throws.</summary>
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    public string TraceText { get; set; }

    public OrganizationServiceFault InnerFault { get; set; }

    public override string ToString() => $"{GetType().FullName}: {ErrorCode}: {Message}";
}
