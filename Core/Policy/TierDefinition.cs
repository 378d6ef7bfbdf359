namespace CrmTiering.Core.Policy;

/// <summary>One tier of the policy. Position 1 is the best tier; the last one catches every account.</summary>
public sealed class TierDefinition
{
    public const int DefaultResponseHours = 48;
    public const int DefaultContactEveryDays = 90;

    /// <summary>Option value of the first tier in the global choice <c>ctier_tier</c>.</summary>
    public const int FirstOptionValue = 512000000;

    public TierDefinition(int position, string name, int value, decimal minRevenue, int responseHours, int contactEveryDays)
    {
        Position = position;
        Name = name;
        Value = value;
        MinRevenue = minRevenue;
        ResponseHours = responseHours;
        ContactEveryDays = contactEveryDays;
    }

    /// <summary>1-based; 1 = best.</summary>
    public int Position { get; }

    public string Name { get; }

    /// <summary>The option value stored in the <c>ctier_tier</c> choice columns.</summary>
    public int Value { get; }

    /// <summary>Threshold in base currency. Ignored for the last tier (R8).</summary>
    public decimal MinRevenue { get; }

    public int ResponseHours { get; }

    public int ContactEveryDays { get; }

    public override string ToString() => Name;
}
