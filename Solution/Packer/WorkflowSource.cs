using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Classic processes dropped in Solution/src/Workflows as &lt;Name&gt;-&lt;ID&gt;.xaml + .xaml.data.xml
/// (SolutionPackager layout): the data goes into &lt;Workflows&gt;, the XAML into the zip's Workflows folder.
/// </summary>
public sealed class WorkflowSource
{
    private WorkflowSource(XElement element, string xamlPath, string entryPath)
    {
        Element = element;
        XamlPath = xamlPath;
        EntryPath = entryPath;
    }

    public XElement Element { get; }

    public string XamlPath { get; }

    public string EntryPath { get; }

    public static IReadOnlyList<WorkflowSource> Read(string src)
    {
        var folder = Path.Combine(src, "Workflows");
        var result = new List<WorkflowSource>();
        foreach (var xaml in SourceXml.Files(folder, "*.xaml"))
        {
            var element = SourceXml.Load(xaml + ".data.xml");
            var entry = "Workflows/" + Path.GetFileName(xaml);
            var named = ((string?)element.Element("XamlFileName"))?.TrimStart('/');
            if (named != entry)
            {
                throw new PackingException($"{Path.GetFileName(xaml)}.data.xml: XamlFileName must be /{entry}, found '{named}'.");
            }

            result.Add(new WorkflowSource(element, xaml, entry));
        }

        return result;
    }
}
