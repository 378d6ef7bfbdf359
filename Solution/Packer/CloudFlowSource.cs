using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Cloud flows (category 5) dropped in &lt;src&gt;/Workflows as &lt;Name&gt;-&lt;ID&gt;.json + .json.data.xml, the layout
/// SolutionPackager writes (e.g. the CoE Starter Kit's SolutionPackage/src/Workflows): the data goes into
/// &lt;Workflows&gt;, the JSON definition into the zip's Workflows folder, unchanged.
/// </summary>
public sealed class CloudFlowSource
{
    private CloudFlowSource(XElement element, string jsonPath, string entryPath)
    {
        Element = element;
        JsonPath = jsonPath;
        EntryPath = entryPath;
    }

    /// <summary>The category 5 process a cloud flow is in a solution.</summary>
    public const string CloudFlowCategory = "5";

    public XElement Element { get; }

    public string JsonPath { get; }

    public string EntryPath { get; }

    public static IReadOnlyList<CloudFlowSource> Read(string src)
    {
        var result = new List<CloudFlowSource>();
        foreach (var json in SourceXml.Files(Path.Combine(src, "Workflows"), "*.json"))
        {
            var name = Path.GetFileName(json);
            var element = SourceXml.Load(json + ".data.xml");
            var entry = "Workflows/" + name;
            var named = ((string?)element.Element("JsonFileName"))?.TrimStart('/');
            if (named != entry)
            {
                throw new PackingException(string.Format(PackingMessages.FlowFileNameMismatch, name, entry, named));
            }

            if ((string?)element.Element("Category") != CloudFlowCategory)
            {
                throw new PackingException(string.Format(PackingMessages.FlowNotCategory5, name, (string?)element.Element("Category")));
            }

            try
            {
                using var parsed = JsonDocument.Parse(File.ReadAllBytes(json));
            }
            catch (JsonException error)
            {
                throw new PackingException(string.Format(PackingMessages.FlowNotJson, name, error.Message));
            }

            result.Add(new CloudFlowSource(element, json, entry));
        }

        return result;
    }
}
