using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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

    public static string UnmanagedFileName(string version) => SolutionZip.FileName(UniqueName, version, managed: false);

    public static string ManagedFileName(string version) => SolutionZip.FileName(UniqueName, version, managed: true);

    /// <summary>Writes both zips into the output folder and returns their paths (unmanaged, managed).</summary>
    public static (string Unmanaged, string Managed) Pack(PackerOptions options, IEnumerable<StepRegistration> steps, Action<string> warn)
    {
        CheckVersion(options.Version);

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
        SolutionZip.Write(unmanaged, customizations, SolutionManifest.Build(source, options.Version, managed: false, customizations.Root!), parts);
        SolutionZip.Write(managed, customizations, SolutionManifest.Build(source, options.Version, managed: true, customizations.Root!), parts);
        return (unmanaged, managed);
    }

    /// <summary>A release is major.minor.build.revision, as solution.xml's Version.</summary>
    public static void CheckVersion(string version)
    {
        if (!System.Version.TryParse(version, out var parsed) || parsed.Revision < 0)
        {
            throw new PackingException(string.Format(CultureInfo.InvariantCulture, PackingMessages.BadVersion, version));
        }
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
}
