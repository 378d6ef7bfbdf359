namespace CrmTiering.Core.Policy;

/// <summary>One option of the global choice <c>ctier_tier</c>: the value stored and its label.</summary>
public sealed class TierOption
{
    public TierOption(int value, string label)
    {
        Value = value;
        Label = label;
    }

    public int Value { get; }

    public string Label { get; }

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Label + ")";
}
