using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The Solution/src files the zip is packed from, embedded in this assembly under their path below
/// Solution/src ("customapis/ctier_RecalculateTiers/customapi.xml"). The fixture reads the solution
/// only from here, so what is installed is what is shipped.
/// </summary>
public static class ShippedSources
{
    private static readonly System.Reflection.Assembly Assembly = typeof(ShippedSources).Assembly;

    /// <summary>Every embedded path, '/'-separated, relative to Solution/src.</summary>
    public static IReadOnlyList<string> Paths { get; } = Assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>The embedded paths under a folder (e.g. "Roles/"), in ordinal order.</summary>
    public static IEnumerable<string> Under(string folder) =>
        Paths.Where(p => p.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    public static string Text(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"Solution/src/{path} is not embedded in the fixture (see CrmTiering.Solution.Emulation.csproj).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static XElement Xml(string path) => XDocument.Parse(Text(path)).Root
        ?? throw new InvalidOperationException($"Solution/src/{path} has no root element.");
}
