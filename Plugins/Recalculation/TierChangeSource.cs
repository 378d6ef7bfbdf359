using System;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Where a tier change came from, for its history row. First a shared variable
/// <see cref="SharedVariableName"/> (the source's option value or name) that an earlier step of the
/// same operation set (e.g. the account-inputs step deriving an override), then the write's
/// <c>tag</c> (<see cref="RecalculationTag"/>: ctier:recalc[:Review|:Override|:Backfill]), else Plugin.
/// </summary>
public static class TierChangeSource
{
    public const string SharedVariableName = "ctier_tierchangesource";

    public static MovementSource Of(IExecutionContext context)
    {
        if (context.SharedVariables.TryGetValue(SharedVariableName, out var shared) && Parse(shared) is { } fromStep)
        {
            return fromStep;
        }

        var tag = context.SharedVariables.TryGetValue(RecalculationTag.ParameterName, out var value) ? value as string : null;
        return RecalculationTag.TryReadSource(tag, out var fromTag) ? fromTag : MovementSource.Plugin;
    }

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
