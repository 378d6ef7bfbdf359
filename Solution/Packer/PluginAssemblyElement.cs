using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>The &lt;PluginAssembly&gt; of customizations.xml and the zip path of its DLL, as exports write them.</summary>
public static class PluginAssemblyElement
{
    /// <summary>Zip entry of the DLL: folder and file named after the assembly without non-alphanumerics, upper-case id.</summary>
    public static string EntryPath(DeployableAssembly assembly)
    {
        var name = new string(assembly.SimpleName.Where(char.IsLetterOrDigit).ToArray());
        var id = DeterministicId.ForPluginAssembly(assembly.SimpleName).ToString("D").ToUpperInvariant();
        return $"PluginAssemblies/{name}-{id}/{name}.dll";
    }

    public static XElement Create(DeployableAssembly assembly, string introducedVersion)
    {
        var types = new List<XElement>();
        types.AddRange(assembly.PluginTypes.Select(t => Type(assembly, t, null)));
        // The group is the folder shown in the classic designer's "Add Step" menu.
        var group = $"{assembly.SimpleName} ({assembly.FullName.Split(", ")[1]["Version=".Length..]})";
        types.AddRange(assembly.WorkflowActivities.Select(t => Type(assembly, t, group)));
        return new XElement("PluginAssembly",
            new XAttribute("FullName", assembly.FullName),
            new XAttribute("PluginAssemblyId", DeterministicId.ForPluginAssembly(assembly.SimpleName).ToString("D")),
            new XAttribute("CustomizationLevel", "1"),
            new XElement("IsolationMode", "2"),
            new XElement("SourceType", "0"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("FileName", "/" + EntryPath(assembly)),
            new XElement("PluginTypes", types));
    }

    private static XElement Type(DeployableAssembly assembly, string fullName, string? activityGroup)
    {
        var element = new XElement("PluginType",
            new XAttribute("AssemblyQualifiedName", fullName + ", " + assembly.FullName),
            new XAttribute("PluginTypeId", DeterministicId.ForPluginType(fullName).ToString("D")),
            new XAttribute("Name", fullName),
            new XElement("FriendlyName", fullName.Substring(fullName.LastIndexOf('.') + 1)));
        if (activityGroup != null)
        {
            element.Add(new XElement("WorkflowActivityGroupName", activityGroup));
        }

        return element;
    }
}
