namespace System.ServiceModel;

/// <summary>Test-only contract of the .NET Framework type: the reason text of a fault.</summary>
public class FaultReason
{
    private readonly string _text;

    public FaultReason(string text)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public override string ToString() => _text;
}
