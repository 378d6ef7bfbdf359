using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Tests;

public sealed class RootComponentTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _solution;

    public RootComponentTests(PackedSolution solution) => _solution = solution;

    [Fact]
    public void Every_root_component_is_present_in_customizations_with_the_same_id()
    {
        var customizations = _solution.Customizations;
        var roots = PackedSolution.Xml(_solution.Managed, "solution.xml").Descendants("RootComponent").ToList();
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            var type = (int)root.Attribute("type")!;
            var id = Normal((string?)root.Attribute("id"));
            var schemaName = (string?)root.Attribute("schemaName");
            var present = type switch
            {
                1 => customizations.Element("Entities")!.Elements("Entity").Any(e => e.Element("Name")!.Value.ToLowerInvariant() == schemaName),
                9 => customizations.Element("optionsets")!.Elements("optionset").Any(o => (string)o.Attribute("Name")! == schemaName),
                20 => Ids(customizations, "Roles", "Role", e => (string)e.Attribute("id")!).Contains(id),
                29 => Ids(customizations, "Workflows", "Workflow", e => (string)e.Attribute("WorkflowId")!).Contains(id),
                60 => Ids(customizations, "Dashboards", "Dashboard", e => e.Element("FormId")!.Value).Contains(id),
                70 => Ids(customizations, "FieldSecurityProfiles", "FieldSecurityProfile", e => (string)e.Attribute("fieldsecurityprofileid")!).Contains(id),
                91 => customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly")
                    .Any(a => Normal((string)a.Attribute("PluginAssemblyId")!) == id && (string)a.Attribute("FullName")! == schemaName),
                92 => Ids(customizations, "SdkMessageProcessingSteps", "SdkMessageProcessingStep", e => (string)e.Attribute("SdkMessageProcessingStepId")!).Contains(id),
                _ => false,
            };
            Assert.True(present, $"root component type {type} {schemaName ?? id} is not in customizations.xml");
        }
    }

    [Fact]
    public void Every_shipped_component_has_a_root_component()
    {
        var roots = PackedSolution.Xml(_solution.Managed, "solution.xml").Descendants("RootComponent")
            .Select(r => ((int)r.Attribute("type")!, (string?)(Normal((string?)r.Attribute("id")) ?? (string)r.Attribute("schemaName")!))).ToHashSet();
        var customizations = _solution.Customizations;
        Assert.All(Ids(customizations, "SdkMessageProcessingSteps", "SdkMessageProcessingStep", e => (string)e.Attribute("SdkMessageProcessingStepId")!), id => Assert.Contains((92, id), roots));
        Assert.All(Ids(customizations, "SolutionPluginAssemblies", "PluginAssembly", e => (string)e.Attribute("PluginAssemblyId")!), id => Assert.Contains((91, id), roots));
        Assert.All(Ids(customizations, "Roles", "Role", e => (string)e.Attribute("id")!), id => Assert.Contains((20, id), roots));
        Assert.All(customizations.Element("optionsets")!.Elements("optionset"), o => Assert.Contains((9, (string?)(string)o.Attribute("Name")!), roots));
    }

    [Fact]
    public void Every_file_name_in_customizations_is_a_zip_entry()
    {
        var entries = _solution.Managed.Select(e => e.Key).ToHashSet();
        var named = _solution.Customizations.Descendants().Where(e => e.Name.LocalName is "FileName" or "XamlFileName").ToList();
        Assert.Contains(named, n => n.Name.LocalName == "FileName");
        Assert.All(named, n => Assert.Contains(n.Value.TrimStart('/'), entries));
    }

    private static HashSet<string?> Ids(XElement customizations, string container, string element, System.Func<XElement, string> id) =>
        customizations.Element(container)!.Elements(element).Select(e => Normal(id(e))).ToHashSet();

    private static string? Normal(string? id) => id?.Trim('{', '}').ToLowerInvariant();
}
