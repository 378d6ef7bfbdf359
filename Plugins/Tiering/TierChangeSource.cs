using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Where a tier change came from, for its history row. First a shared variable
/// <see cref="SharedVariableName"/> (Override or Plugin, by name) that an earlier step of the
/// same operation set (the account-inputs step deriving an override), then the tag of a write known
/// to be SYSTEM's (<see cref="RecalculationTag"/>), else Plugin.
/// </summary>
public static class TierChangeSource
{
    public const string SharedVariableName = "ctier_tierchangesource";

    /// <summary>
    /// The source AccountTierInputs set earlier in this operation: Override or Plugin, the only two a
    /// user's own edit can cause. Anything else in the variable is ignored, so it can never relabel a
    /// change as Review or Backfill (which would skip its follow-up).
    /// </summary>
    public static MovementSource? FromStep(IExecutionContext context)
    {
        var name = context.SharedVariables.TryGetValue(SharedVariableName, out var shared) ? shared as string : null;
        return name == nameof(MovementSource.Override) ? MovementSource.Override
            : name == nameof(MovementSource.Plugin) ? MovementSource.Plugin
            : null;
    }

    /// <summary>The source <paramref name="systemTag"/> names (the tag of a SYSTEM write, or null), else Plugin.</summary>
    public static MovementSource FromTag(string? systemTag) =>
        RecalculationTag.TryReadSource(systemTag, out var fromTag) ? fromTag : MovementSource.Plugin;
}
