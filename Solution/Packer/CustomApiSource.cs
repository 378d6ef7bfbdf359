using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Custom APIs in Solution/src/customapis/&lt;uniquename&gt;/ (the layout Microsoft documents for solution files).
/// The source names the backing plug-in class in a packer-only typename attribute on &lt;plugintypeid&gt;;
/// the zip gets the plug-in type's id instead, or an empty element while that class does not exist yet.
/// </summary>
public static class CustomApiSource
{
    public static IReadOnlyList<(string EntryPath, byte[] Content)> Read(string src, IReadOnlyCollection<string> pluginTypes, Action<string> warn)
    {
        var root = Path.Combine(src, "customapis");
        var result = new List<(string, byte[])>();
        if (!Directory.Exists(root))
        {
            return result;
        }

        foreach (var file in Directory.GetFiles(root, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var entry = "customapis/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            var document = XDocument.Load(file);
            var reference = document.Root!.Element("plugintypeid");
            var typeName = (string?)reference?.Attribute("typename");
            if (reference != null && typeName != null)
            {
                reference.RemoveAttributes();
                if (pluginTypes.Contains(typeName))
                {
                    reference.Add(new XElement("plugintypeid", "{" + DeterministicId.ForPluginType(typeName).ToString("D") + "}"));
                }
                else
                {
                    warn($"Custom API {entry}: plug-in type {typeName} is not in the assembly yet; shipped without a plug-in.");
                }
            }

            result.Add((entry, ZipText.Encode(document)));
        }

        return result;
    }
}
