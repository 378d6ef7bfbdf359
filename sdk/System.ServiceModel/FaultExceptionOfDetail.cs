namespace System.ServiceModel;

/// <summary>Test-only contract of the .NET Framework type: a fault carrying a typed detail.</summary>
public class FaultException<TDetail> : FaultException
{
    public FaultException(TDetail detail)
        : base()
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason)
        : base(reason)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason)
        : base(reason)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason, FaultCode code)
        : base(reason, code)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason, FaultCode code)
        : base(reason, code)
    {
        Detail = detail;
    }

    public TDetail Detail { get; }
}
