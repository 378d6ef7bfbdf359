using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Currency value. Equal when the decimal values are equal (1.0 equals 1.00).</summary>
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    public decimal Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj) => obj is Money other && Value.Equals(other.Value);

    public override int GetHashCode() => Value.GetHashCode();
}
