using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>solution.xml: Other/Solution.xml with the release version, the Managed flag and the root components.</summary>
public static class SolutionManifest
{
    public static XDocument Build(XElement source, string version, bool managed, XElement customizations)
    {
        var root = new XElement(source);
        var manifest = root.Element("SolutionManifest")!;
        manifest.Element("Version")!.Value = version;
        // SolutionPackager source says 2 ("both"); a zip only ever carries 0 (unmanaged) or 1 (managed).
        manifest.Element("Managed")!.Value = managed ? "1" : "0";
        manifest.Element("RootComponents")!.ReplaceWith(new XElement("RootComponents", RootComponents(customizations)));
        manifest.Element("MissingDependencies")!.ReplaceWith(new XElement("MissingDependencies", MissingDependencies(customizations)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>
    /// Roots as exports list them. Columns, forms, views and charts travel inside their entity; the
    /// environment variable definition and the Custom API travel as their own folders (no root entry in
    /// the real exports seen, see Solution/README.md).
    /// </summary>
    public static IEnumerable<XElement> RootComponents(XElement customizations)
    {
        foreach (var entity in customizations.Element("Entities")!.Elements("Entity"))
        {
            var name = entity.Element("Name")!.Value;
            // Own tables go in whole (0). A system table that gets only new columns, a form and views goes in
            // as a shell (2, "include as shell only"), as the real Apollo export ships contact, appointment and
            // systemuser (new columns and forms, no table settings); 1 would carry account's table settings.
            var behavior = name.StartsWith("ctier_", StringComparison.Ordinal) ? "0" : "2";
            yield return Root(1, ("schemaName", name.ToLowerInvariant()), ("behavior", behavior));
        }

        foreach (var optionSet in customizations.Element("optionsets")!.Elements("optionset"))
        {
            yield return Root(9, ("schemaName", (string)optionSet.Attribute("Name")!), ("behavior", "0"));
        }

        foreach (var role in customizations.Element("Roles")!.Elements("Role"))
        {
            yield return Root(20, ("id", (string)role.Attribute("id")!), ("behavior", "0"));
        }

        foreach (var workflow in customizations.Element("Workflows")!.Elements("Workflow"))
        {
            yield return Root(29, ("id", (string)workflow.Attribute("WorkflowId")!), ("behavior", "0"));
        }

        foreach (var dashboard in customizations.Element("Dashboards")!.Elements("Dashboard"))
        {
            yield return Root(60, ("id", dashboard.Element("FormId")!.Value), ("behavior", "0"));
        }

        foreach (var profile in customizations.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile"))
        {
            yield return Root(70, ("id", (string)profile.Attribute("fieldsecurityprofileid")!), ("behavior", "0"));
        }

        foreach (var assembly in customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly"))
        {
            yield return Root(91, ("id", "{" + (string)assembly.Attribute("PluginAssemblyId")! + "}"), ("schemaName", (string)assembly.Attribute("FullName")!), ("behavior", "0"));
        }

        foreach (var step in customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep"))
        {
            yield return Root(92, ("id", (string)step.Attribute("SdkMessageProcessingStepId")!), ("behavior", "0"));
        }
    }

    /// <summary>Tables the steps are registered on that come with Dynamics 365 Sales, not with Dataverse itself.</summary>
    public static readonly IReadOnlyDictionary<string, string> SalesTables = new Dictionary<string, string>
    {
        ["invoice"] = "Invoice",
        ["opportunity"] = "Opportunity",
        ["opportunityclose"] = "Opportunity Close",
    };

    /// <summary>The solution that adds them (Microsoft's table reference: "Added by: Sales Solution").</summary>
    public const string SalesSolution = "Sales";

    /// <summary>
    /// What export writes for components the package needs but does not contain: one MissingDependency per
    /// required table and dependent step (shape of the Apollo export's solution.xml: Required with type,
    /// schemaName, displayName, solution; Dependent with type, displayName, id). An import into an org without
    /// Dynamics 365 Sales then stops with the platform's missing-dependency message naming these tables.
    /// </summary>
    public static IEnumerable<XElement> MissingDependencies(XElement customizations)
    {
        foreach (var step in customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep"))
        {
            var table = step.Element("PrimaryEntity")?.Value ?? string.Empty;
            if (SalesTables.TryGetValue(table, out var displayName))
            {
                yield return new XElement("MissingDependency",
                    new XElement("Required",
                        new XAttribute("type", 1), new XAttribute("schemaName", table), new XAttribute("displayName", displayName),
                        new XAttribute("parentSchemaName", string.Empty), new XAttribute("solution", SalesSolution)),
                    new XElement("Dependent",
                        new XAttribute("type", 92), new XAttribute("displayName", (string)step.Attribute("Name")!),
                        new XAttribute("id", (string)step.Attribute("SdkMessageProcessingStepId")!)));
            }
        }
    }

    private static XElement Root(int type, params (string Name, string Value)[] attributes) =>
        new("RootComponent", new object[] { new XAttribute("type", type) }.Concat(attributes.Select(a => new XAttribute(a.Name, a.Value))));
}
