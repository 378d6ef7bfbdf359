namespace System.ServiceModel;

/// <summary>Test-only contract of the .NET Framework type: a SOAP fault raised by a service call.</summary>
public class FaultException : CommunicationException
{
    private const string DefaultReason = "The creator of this fault did not specify a Reason.";

    public FaultException()
        : this(new FaultReason(DefaultReason))
    {
    }

    public FaultException(string reason)
        : this(new FaultReason(reason))
    {
    }

    public FaultException(FaultReason reason)
        : this(reason, new FaultCode("Sender"))
    {
    }

    public FaultException(string reason, FaultCode code)
        : this(new FaultReason(reason), code)
    {
    }

    public FaultException(FaultReason reason, FaultCode code)
        : base(reason?.ToString())
    {
        Reason = reason ?? new FaultReason(DefaultReason);
        Code = code ?? new FaultCode("Sender");
    }

    public FaultReason Reason { get; }

    public FaultCode Code { get; }
}
