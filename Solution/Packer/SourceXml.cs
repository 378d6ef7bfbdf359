using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>Loading SolutionPackager source fragments for merging into one document.</summary>
public static class SourceXml
{
    public static XElement Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackingException(string.Format(PackingMessages.MissingFile, path));
        }

        var root = XDocument.Load(path).Root!;
        // Extracted fragments each declare xsi; the merged document declares it once on ImportExportXml.
        root.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return root;
    }

    /// <summary>Files of a source folder in a stable (ordinal) order, so the zip is the same on every machine.</summary>
    public static string[] Files(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).OrderBy(f => Path.GetFileName(f), System.StringComparer.Ordinal).ToArray()
            : System.Array.Empty<string>();

    public static string[] Folders(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetDirectories(folder).OrderBy(f => Path.GetFileName(f), System.StringComparer.Ordinal).ToArray()
            : System.Array.Empty<string>();
}
