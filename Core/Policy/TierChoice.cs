using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Core.Policy;

/// <summary>
/// The options of the global choice <c>ctier_tier</c> as the solution ships it
/// (Solution/src/OptionSets/ctier_tier.xml). A tier's <c>value</c> must be one of them, or every
/// account write fails on the platform; kept here because the plugin cannot read choice metadata
/// cheaply. A test fails when this list and the shipped file differ.
/// </summary>
public static class TierChoice
{
    public const string Name = "ctier_tier";

    public static IReadOnlyList<TierOption> Options { get; } = new[]
    {
        new TierOption(512000000, "Tier 1"),
        new TierOption(512000001, "Tier 2"),
        new TierOption(512000002, "Tier 3"),
    };

    public static bool Contains(IReadOnlyList<TierOption> options, int value) => options.Any(option => option.Value == value);

    /// <summary>"512000000 (Tier 1), 512000001 (Tier 2), …" for messages.</summary>
    public static string Describe(IReadOnlyList<TierOption> options) => string.Join(", ", options.Select(option => option.ToString()));
}
