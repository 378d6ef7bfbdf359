using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }

#pragma warning disable CS0628 // the real SDK declares it protected internal on a sealed class
    protected internal FormattedValueCollection(IDictionary<string, string> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
