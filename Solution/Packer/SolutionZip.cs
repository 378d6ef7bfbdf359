using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>Writes one solution zip, the same way for the main and the schedule solution.</summary>
public static class SolutionZip
{
    /// <summary>Fixed entry time, so two builds of the same source give byte-identical zips.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>&lt;name&gt;_1_0_0_0.zip or &lt;name&gt;_1_0_0_0_managed.zip, as exports name them.</summary>
    public static string FileName(string name, string version, bool managed) =>
        $"{name}_{version.Replace('.', '_')}{(managed ? "_managed" : string.Empty)}.zip";

    /// <summary>Entry order as the platform writes it: customizations, solution, parts, [Content_Types].xml last.</summary>
    public static void Write(string path, XDocument customizations, XDocument solution, IReadOnlyList<(string Path, byte[] Content)> parts)
    {
        var entries = new List<(string Path, byte[] Content)>
        {
            ("customizations.xml", ZipText.Encode(customizations)),
            ("solution.xml", ZipText.Encode(solution)),
        };
        entries.AddRange(parts);
        entries.Add(("[Content_Types].xml", ZipText.Encode(ContentTypes.Build(entries.Select(e => e.Path)))));
        using var stream = File.Create(path);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var output = entry.Open();
            output.Write(content, 0, content.Length);
        }
    }
}
