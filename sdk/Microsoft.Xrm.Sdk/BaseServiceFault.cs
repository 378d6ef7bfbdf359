using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    public string Message { get; set; }

    public int ErrorCode { get; set; }

    public string HelpLink { get; set; }

    public DateTime Timestamp { get; set; }

    public Guid ActivityId { get; set; }

    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
