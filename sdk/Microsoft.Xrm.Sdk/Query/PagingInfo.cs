using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Count 0 means the default page size (5 000).</summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    public int PageNumber { get; set; }

    public int Count { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public string PagingCookie { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
