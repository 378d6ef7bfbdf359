using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>[Content_Types].xml: one Default per file extension in the zip, all application/octet-stream (as exports).</summary>
public static class ContentTypes
{
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static XDocument Build(IEnumerable<string> entryPaths)
    {
        var extensions = entryPaths.Select(p => Path.GetExtension(p).TrimStart('.').ToLowerInvariant())
            .Where(e => e.Length > 0).Distinct().OrderBy(e => e, System.StringComparer.Ordinal);
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Types + "Types", extensions.Select(e => new XElement(Types + "Default",
                new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
    }
}
