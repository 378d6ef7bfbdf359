using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Builds customizations.xml from the SolutionPackager tree: the skeleton in Other/Customizations.xml is
/// filled container by container (entities with their forms, views and charts; relationships; roles;
/// field security profiles; global choices; dashboards; workflows) plus the generated assemblies and steps.
/// </summary>
public static class CustomizationsDocument
{
    public static XDocument Build(string src, IEnumerable<XElement> pluginAssemblies, IEnumerable<XElement> steps, IEnumerable<XElement> workflows)
    {
        var root = SourceXml.Load(Path.Combine(src, "Other", "Customizations.xml"));
        root.Add(new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"));
        Fill(root, "Entities", SourceXml.Folders(Path.Combine(src, "Entities")).Select(Entity));
        Fill(root, "Roles", SourceXml.Files(Path.Combine(src, "Roles"), "*.xml").Select(SourceXml.Load));
        Fill(root, "Workflows", workflows);
        Fill(root, "FieldSecurityProfiles", Children(Path.Combine(src, "Other", "FieldSecurityProfiles.xml")));
        Fill(root, "EntityRelationships", SourceXml.Files(Path.Combine(src, "Other", "Relationships"), "*.xml").SelectMany(f => SourceXml.Load(f).Elements()));
        Fill(root, "optionsets", SourceXml.Files(Path.Combine(src, "OptionSets"), "*.xml").Select(SourceXml.Load));
        Fill(root, "Dashboards", SourceXml.Files(Path.Combine(src, "Dashboards"), "*.xml").Select(SourceXml.Load));
        Fill(root, "SolutionPluginAssemblies", pluginAssemblies);
        Fill(root, "SdkMessageProcessingSteps", steps);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static IEnumerable<XElement> Children(string path) =>
        File.Exists(path) ? SourceXml.Load(path).Elements().ToList() : new List<XElement>();

    private static void Fill(XElement root, string container, IEnumerable<XElement> items)
    {
        var target = root.Element(container) ?? throw new PackingException($"Other/Customizations.xml lacks the <{container}> container.");
        target.Add(items);
    }

    /// <summary>Entities/&lt;Name&gt;/Entity.xml with FormXml/&lt;type&gt;/*.xml, SavedQueries/*.xml and Visualizations/*.xml merged in.</summary>
    private static XElement Entity(string folder)
    {
        var entity = SourceXml.Load(Path.Combine(folder, "Entity.xml"));
        var forms = SourceXml.Folders(Path.Combine(folder, "FormXml"))
            .Select(typeFolder => new XElement("forms",
                new XAttribute("type", Path.GetFileName(typeFolder)),
                SourceXml.Files(typeFolder, "*.xml").Where(f => !f.EndsWith("_managed.xml", System.StringComparison.Ordinal)).SelectMany(f => SourceXml.Load(f).Elements())))
            .ToList();
        var views = SourceXml.Files(Path.Combine(folder, "SavedQueries"), "*.xml").SelectMany(f => SourceXml.Load(f).Elements()).ToList();
        var charts = SourceXml.Files(Path.Combine(folder, "Visualizations"), "*.xml").Select(SourceXml.Load).ToList();
        Replace(entity, "FormXml", forms.Count == 0 ? null : new XElement("FormXml", forms));
        Replace(entity, "SavedQueries", views.Count == 0 ? null : new XElement("SavedQueries", new XElement("savedqueries", views)));
        var ribbon = entity.Element("RibbonDiffXml");
        if (ribbon != null && !ribbon.HasElements)
        {
            ribbon.Remove();
        }

        if (charts.Count > 0)
        {
            entity.Add(new XElement("Visualizations", charts));
        }

        return entity;
    }

    /// <summary>Exports leave out an empty FormXml/SavedQueries (the XSD rejects an empty SavedQueries).</summary>
    private static void Replace(XElement entity, string name, XElement? content)
    {
        var placeholder = entity.Element(name);
        if (placeholder == null)
        {
            if (content != null)
            {
                entity.Add(content);
            }

            return;
        }

        if (content == null)
        {
            placeholder.Remove();
        }
        else
        {
            placeholder.ReplaceWith(content);
        }
    }
}
