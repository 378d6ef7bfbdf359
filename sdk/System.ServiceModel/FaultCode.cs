namespace System.ServiceModel;

/// <summary>Test-only contract of the .NET Framework type: the SOAP code of a fault.</summary>
public class FaultCode
{
    public FaultCode(string name)
        : this(name, string.Empty)
    {
    }

    public FaultCode(string name, string ns)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Namespace = ns ?? string.Empty;
    }

    public string Name { get; }

    public string Namespace { get; }
}
