using System;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Where a tier change came from, for its history row. First a shared variable
/// <see cref="SharedVariableName"/> (the source's option value or name) that an earlier step of the
/// same operation set (the account-inputs step deriving an override), then the tag of a write known
/// to be SYSTEM's (<see cref="RecalculationTag"/>), else Plugin.
/// </summary>
public static class TierChangeSource
{
    public const string SharedVariableName = "ctier_tierchangesource";

    /// <summary>The source an earlier step of this operation set; null when none did.</summary>
    public static MovementSource? FromStep(IExecutionContext context) =>
        context.SharedVariables.TryGetValue(SharedVariableName, out var shared) ? Parse(shared) : null;

    /// <summary>The source <paramref name="systemTag"/> names (the tag of a SYSTEM write, or null), else Plugin.</summary>
    public static MovementSource FromTag(string? systemTag) =>
        RecalculationTag.TryReadSource(systemTag, out var fromTag) ? fromTag : MovementSource.Plugin;

    private static MovementSource? Parse(object? value)
    {
        switch (value)
        {
            case MovementSource source:
                return source;
            case int number when Enum.IsDefined(typeof(MovementSource), number):
                return (MovementSource)number;
            case OptionSetValue option when Enum.IsDefined(typeof(MovementSource), option.Value):
                return (MovementSource)option.Value;
            case string name when Enum.TryParse(name, ignoreCase: true, out MovementSource parsed) && Enum.IsDefined(typeof(MovementSource), parsed):
                return parsed;
            default:
                return null;
        }
    }
}
