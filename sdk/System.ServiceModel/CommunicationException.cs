namespace System.ServiceModel;

/// <summary>Test-only contract of the .NET Framework type: base of communication errors.</summary>
public class CommunicationException : Exception
{
    public CommunicationException()
    {
    }

    public CommunicationException(string message)
        : base(message)
    {
    }

    public CommunicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
