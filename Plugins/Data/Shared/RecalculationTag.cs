using System;
using CrmTiering.Core.Choices;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The <c>tag</c> optional parameter every tier write carries. Dataverse copies it into
/// <c>SharedVariables["tag"]</c> of the plug-ins that run for that operation, so
/// ProtectComputedTierColumns recognises the recalculation's own writes and RecordTierChange learns
/// the history source: <c>ctier:recalc</c> for Plugin, <c>ctier:recalc:Review</c>,
/// <c>ctier:recalc:Override</c>, <c>ctier:recalc:Backfill</c> for the others.
/// </summary>
public static class RecalculationTag
{
    /// <summary>The optional parameter's name (request Parameters and SharedVariables).</summary>
    public const string ParameterName = "tag";

    public const string Recalculation = "ctier:recalc";

    /// <summary>Seeding writes (ctier:seed) are recognised by ProtectComputedTierColumns; they carry no source.</summary>
    public const string Seed = "ctier:seed";

    /// <summary>
    /// The Backfill Custom API's final account write: its history rows are already written, so
    /// RecordTierChange adds none. Under the recalculation prefix, so the protection step lets it pass.
    /// </summary>
    public const string HistoryWritten = Recalculation + ":HistoryWritten";

    private const string SourceSeparator = ":";

    /// <summary>True when the operation's tag is <see cref="HistoryWritten"/>.</summary>
    public static bool IsHistoryWritten(Microsoft.Xrm.Sdk.IExecutionContext context) =>
        context.SharedVariables.TryGetValue(ParameterName, out var tag) && tag as string == HistoryWritten;

    public static string For(MovementSource source) =>
        source == MovementSource.Plugin ? Recalculation : Recalculation + SourceSeparator + source;

    /// <summary>True for <c>ctier:recalc</c> and <c>ctier:recalc:&lt;source&gt;</c>.</summary>
    public static bool IsRecalculation(string? tag) =>
        tag is not null
        && (string.Equals(tag, Recalculation, StringComparison.Ordinal)
            || tag.StartsWith(Recalculation + SourceSeparator, StringComparison.Ordinal));

    /// <summary>The source a recalculation tag names; false for any other tag.</summary>
    public static bool TryReadSource(string? tag, out MovementSource source)
    {
        source = MovementSource.Plugin;
        if (!IsRecalculation(tag))
        {
            return false;
        }

        if (tag!.Length == Recalculation.Length)
        {
            return true;
        }

        var name = tag.Substring(Recalculation.Length + SourceSeparator.Length);
        return Enum.TryParse(name, ignoreCase: false, out source) && Enum.IsDefined(typeof(MovementSource), source);
    }
}
