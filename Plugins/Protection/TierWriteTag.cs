using Microsoft.Xrm.Sdk;
using CrmTiering.Plugins.Data;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Recognises the tiering plug-ins' own writes by their <c>tag</c>. Dataverse puts a request's
/// optional <c>tag</c> parameter into <c>SharedVariables["tag"]</c>; a write made further down the
/// same operation shows it in a parent context, so the whole chain is searched.
/// </summary>
public static class TierWriteTag
{
    /// <summary>The nearest tag in the context or its parents; null when none carries one.</summary>
    public static string? Find(IPluginExecutionContext context)
    {
        for (var current = context; current is not null; current = current.ParentContext)
        {
            if (current.SharedVariables is { } shared
                && shared.TryGetValue(RecalculationTag.ParameterName, out var value)
                && value is string tag
                && tag.Length > 0)
            {
                return tag;
            }
        }

        return null;
    }

    /// <summary>True for <c>ctier:recalc</c> (with or without a source) and <c>ctier:seed</c>.</summary>
    public static bool IsTieringWrite(IPluginExecutionContext context) =>
        Find(context) is { } tag
        && (RecalculationTag.IsRecalculation(tag) || tag == RecalculationTag.Seed);
}
