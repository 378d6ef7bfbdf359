using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Base of the three query kinds; cannot be subclassed outside the SDK.</summary>
public abstract class QueryBase : IExtensibleDataObject
{
    public ExtensionDataObject ExtensionData { get; set; }

    internal abstract void Accept(IQueryVisitor visitor);
}
