using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// The <c>ctier_name</c> of a history row, for lists: "Tier 2 → Tier 1 (Tier1Slip)". Tiers are named
/// by the shipped labels of the <c>ctier_tier</c> choice (Tier 1…n by option value), not by the policy:
/// the row is written with a single call and must not read the policy for a label.
/// </summary>
public static class TierChangeName
{
    private const string TierLabelFormat = "Tier {0}";

    public static string For(int? from, int to, TierMovement movement)
    {
        var tiers = from is { } fromValue ? Label(fromValue) + " → " + Label(to) : Label(to);
        return movement == TierMovement.None ? tiers : tiers + " (" + movement + ")";
    }

    private static string Label(int optionValue) =>
        optionValue >= TierDefinition.FirstOptionValue
            ? string.Format(CultureInfo.InvariantCulture, TierLabelFormat, optionValue - TierDefinition.FirstOptionValue + 1)
            : optionValue.ToString(CultureInfo.InvariantCulture);
}
