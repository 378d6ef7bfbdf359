using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

#pragma warning disable CS0628 // the real SDK declares it protected internal on a sealed class
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
