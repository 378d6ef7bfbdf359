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
        // Verified in a real export (phuocle/Dynamics-Crm-DevKit, a Delete step on phonecall) and in
        // Microsoft's docs (org-service/use-messages: the sdkmessagefilters of account).
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        // Verified in a real export (same repository, a Merge step on contact) and in the same docs page.
        ["Merge"] = new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>
    /// Messages the product registers whose id could not be verified here (no export, tool table or doc
    /// found). Their steps are left out of the zips, with a note, unless the build supplies the ids with
    /// -p:CrmTieringSdkMessageIds="Win=…;Lose=…" — a guessed id would make the import fail.
    /// </summary>
    public static IReadOnlyList<string> Unverified { get; } = new[] { "Win", "Lose" };

    /// <summary>Custom API messages are created by the import itself, so their id is unknown in advance.</summary>
    public static IReadOnlyList<string> CustomApiMessages { get; } = new[] { "ctier_RecalculateTiers" };
}
