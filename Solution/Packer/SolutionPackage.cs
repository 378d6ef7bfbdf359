using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Packs the solution: builds customizations.xml once and writes it into an unmanaged and a managed zip
/// that differ only in solution.xml's Managed flag (CrmTiering adds its own components only).
/// </summary>
public static class SolutionPackage
{
    public const string UniqueName = "CrmTiering";

    /// <summary>Fixed entry time, so two builds of the same source give byte-identical zips.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string UnmanagedFileName(string version) => $"{UniqueName}_{version.Replace('.', '_')}.zip";

    public static string ManagedFileName(string version) => $"{UniqueName}_{version.Replace('.', '_')}_managed.zip";

    /// <summary>Writes both zips into the output folder and returns their paths (unmanaged, managed).</summary>
    public static (string Unmanaged, string Managed) Pack(PackerOptions options, IEnumerable<StepRegistration> steps, Action<string> warn)
    {
        if (!System.Version.TryParse(options.Version, out var parsed) || parsed.Revision < 0)
        {
            throw new PackingException(string.Format(CultureInfo.InvariantCulture, PackingMessages.BadVersion, options.Version));
        }

        var src = options.SourceFolder;
        var pluginsAssembly = DeployableAssembly.Read(options.PluginsDll);
        var messageIds = SdkMessageIds.Known.Concat(options.ExtraMessageIds).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var stepElements = new StepGenerator(pluginsAssembly.FullName, pluginsAssembly.PluginTypes, messageIds, options.Version).Generate(steps, warn);
        var workflows = WorkflowSource.Read(src);
        var customizations = CustomizationsDocument.Build(
            src,
            new[] { PluginAssemblyElement.Create(pluginsAssembly, options.Version) },
            stepElements,
            workflows.Select(w => w.Element));

        var parts = new List<(string Path, byte[] Content)>
        {
            (PluginAssemblyElement.EntryPath(pluginsAssembly), pluginsAssembly.Content),
        };
        parts.AddRange(workflows.Select(w => (w.EntryPath, File.ReadAllBytes(w.XamlPath))));
        parts.AddRange(CustomApiSource.Read(src, pluginsAssembly.PluginTypes, warn));
        parts.AddRange(EnvironmentVariables(src));

        var source = SourceXml.Load(Path.Combine(src, "Other", "Solution.xml"));
        source.Add(new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        Directory.CreateDirectory(options.OutputFolder);
        var unmanaged = Path.Combine(options.OutputFolder, UnmanagedFileName(options.Version));
        var managed = Path.Combine(options.OutputFolder, ManagedFileName(options.Version));
        Write(unmanaged, customizations, SolutionManifest.Build(source, options.Version, managed: false, customizations.Root!), parts);
        Write(managed, customizations, SolutionManifest.Build(source, options.Version, managed: true, customizations.Root!), parts);
        return (unmanaged, managed);
    }

    /// <summary>Definitions only: a current value (environmentvariablevalues.json) is never shipped.</summary>
    private static IEnumerable<(string, byte[])> EnvironmentVariables(string src)
    {
        var root = Path.Combine(src, "environmentvariabledefinitions");
        return SourceXml.Folders(root).Select(folder =>
        {
            var file = Path.Combine(folder, "environmentvariabledefinition.xml");
            var entry = $"environmentvariabledefinitions/{Path.GetFileName(folder)}/environmentvariabledefinition.xml";
            return (entry, ZipText.Encode(XDocument.Load(file)));
        });
    }

    /// <summary>Entry order as the platform writes it: customizations, solution, parts, [Content_Types].xml last.</summary>
    private static void Write(string path, XDocument customizations, XDocument solution, IReadOnlyList<(string Path, byte[] Content)> parts)
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
