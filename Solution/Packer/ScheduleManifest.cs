using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// solution.xml of the schedule solution: Other/Solution.xml with the release version, the Managed flag,
/// one type-29 root per cloud flow, and the release written into each missing dependency on the main solution.
/// </summary>
public static class ScheduleManifest
{
    /// <summary>Workflow (any process, cloud flows too): the solutioncomponent componenttype 29.</summary>
    public const int WorkflowComponentType = 29;

    public static XDocument Build(XElement source, string version, bool managed, XElement customizations)
    {
        var root = new XElement(source);
        var manifest = root.Element("SolutionManifest")!;
        manifest.Element("Version")!.Value = version;
        manifest.Element("Managed")!.Value = managed ? "1" : "0";
        manifest.Element("RootComponents")!.ReplaceWith(new XElement("RootComponents", RootComponents(customizations)));
        foreach (var required in manifest.Descendants("MissingDependency").Elements("Required"))
        {
            // Exports write "<unique name> (<version>)"; the schedule ships with the main solution's release.
            var solution = required.Attribute("solution");
            if (solution != null && solution.Value.StartsWith(SolutionPackage.UniqueName + " (", System.StringComparison.Ordinal))
            {
                solution.Value = $"{SolutionPackage.UniqueName} ({version})";
            }
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>
    /// Only the flows. A connection reference is no root here, as in the CoE Starter Kit's Solution.xml
    /// (its connectionreferences travel in customizations.xml only): its component type is not one of the
    /// fixed componenttype values but differs per organisation.
    /// </summary>
    public static IEnumerable<XElement> RootComponents(XElement customizations) =>
        customizations.Element("Workflows")!.Elements("Workflow").Select(w => new XElement("RootComponent",
            new XAttribute("type", WorkflowComponentType),
            new XAttribute("id", (string)w.Attribute("WorkflowId")!),
            new XAttribute("behavior", "0")));
}
