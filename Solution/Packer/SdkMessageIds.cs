using System;
using System.Collections.Generic;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// The SDK message ids steps refer to. A step in a solution file names its message by id only, and
/// Dataverse's built-in messages carry the same id in every organisation.
/// </summary>
public static class SdkMessageIds
{
    /// <summary>Message name → id, for the messages whose id could be checked.</summary>
    public static IReadOnlyDictionary<string, Guid> Known { get; } = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        // Verified in real exports (Apollo, mikefactorial/PluginSample, devkeydet).
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        // Verified in a real export (JoshSmithXRM PPDS demo, two steps).
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        // Third-party registration tool's hard-coded table (same table agrees on Create and Update);
        // not seen in an export: UNVERIFIED, see Solution/README.md.
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>
    /// Messages the product registers whose id could not be verified here (Win, Lose, Merge). The build
    /// takes them from -p:CrmTieringSdkMessageIds="Win=…;Lose=…;Merge=…" rather than from a guess.
    /// </summary>
    public static IReadOnlyList<string> Unverified { get; } = new[] { "Win", "Lose", "Merge" };

    /// <summary>Custom API messages are created by the import itself, so their id is unknown in advance.</summary>
    public static IReadOnlyList<string> CustomApiMessages { get; } = new[] { "ctier_RecalculateTiers" };
}
