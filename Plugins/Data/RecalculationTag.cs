using System;
using CrmTiering.Core.Choices;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The <c>tag</c> optional parameter every SYSTEM tier write sets. Dataverse copies it into
/// <c>SharedVariables["tag"]</c> of that operation's plug-ins. Any caller can set a tag (SDK
/// <c>Parameters["tag"]</c>, Web API <c>?tag=</c>), so it never authorises anything: it only labels the
/// source of a write already known to be SYSTEM's — <c>ctier:recalc</c> for Plugin,
/// <c>ctier:recalc:Review</c>, <c>ctier:recalc:Override</c>, <c>ctier:recalc:Backfill</c>, and
/// <c>ctier:recalc:HistoryWritten</c> for the backfill's final write, whose history rows exist already.
/// </summary>
public static class RecalculationTag
{
    /// <summary>The optional parameter's name (request Parameters and SharedVariables).</summary>
    public const string ParameterName = "tag";

    public const string Recalculation = "ctier:recalc";

    /// <summary>The Backfill Custom API's final account write: its history rows are already written.</summary>
    public const string HistoryWritten = Recalculation + ":HistoryWritten";

    private const string SourceSeparator = ":";

    /// <summary>
    /// The tag of this operation only. A parent context's tag belongs to the operation that caused
    /// this one (perhaps a user's), so it is never consulted.
    /// </summary>
    public static string? Of(IExecutionContext context) =>
        context.SharedVariables is { } shared && shared.TryGetValue(ParameterName, out var value) && value is string tag && tag.Length > 0
            ? tag
            : null;

    public static string For(MovementSource source) =>
        source == MovementSource.Plugin ? Recalculation : Recalculation + SourceSeparator + source;

    /// <summary>True for <c>ctier:recalc</c> and <c>ctier:recalc:&lt;source&gt;</c>.</summary>
    public static bool IsRecalculation(string? tag) =>
        tag is not null
        && (string.Equals(tag, Recalculation, StringComparison.Ordinal)
            || tag.StartsWith(Recalculation + SourceSeparator, StringComparison.Ordinal));

    /// <summary>The source a recalculation tag names; false for any other tag (HistoryWritten names none).</summary>
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
