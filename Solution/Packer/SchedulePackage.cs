using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Packs the optional schedule solution (Solution/schedule/src): the cloud flow that runs the daily Due
/// sweep and its connection reference, in a zip of its own so a flow problem never blocks the main import.
/// Unmanaged and managed differ only in solution.xml's Managed flag, as for the main solution.
/// </summary>
public static class SchedulePackage
{
    /// <summary>The zip's file name (the solution's unique name, CrmTieringSchedule, has no dot: only letters, digits and _).</summary>
    public const string FileStem = "CrmTiering.Schedule";

    public static (string Unmanaged, string Managed) Pack(string src, string outputFolder, string version)
    {
        SolutionPackage.CheckVersion(version);
        var flows = CloudFlowSource.Read(src);
        if (flows.Count == 0)
        {
            throw new PackingException(string.Format(PackingMessages.ScheduleWithoutFlow, src));
        }

        var root = SourceXml.Load(Path.Combine(src, "Other", "Customizations.xml"));
        root.Add(new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        var container = root.Element("Workflows") ?? throw new PackingException("Other/Customizations.xml of the schedule lacks the <Workflows> container.");
        container.Add(flows.Select(f => f.Element));
        var customizations = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        var parts = flows.Select(f => (f.EntryPath, File.ReadAllBytes(f.JsonPath))).ToList();

        var source = SourceXml.Load(Path.Combine(src, "Other", "Solution.xml"));
        source.Add(new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        Directory.CreateDirectory(outputFolder);
        var unmanaged = Path.Combine(outputFolder, SolutionZip.FileName(FileStem, version, managed: false));
        var managed = Path.Combine(outputFolder, SolutionZip.FileName(FileStem, version, managed: true));
        SolutionZip.Write(unmanaged, customizations, ScheduleManifest.Build(source, version, managed: false, root), parts);
        SolutionZip.Write(managed, customizations, ScheduleManifest.Build(source, version, managed: true, root), parts);
        return (unmanaged, managed);
    }
}
