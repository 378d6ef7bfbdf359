using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// The optional schedule zips (CrmTiering.Schedule_&lt;release&gt;[_managed].zip) as an importer sees them:
/// their own solution, versioned with the main one, one cloud flow (category 5) as its only root, the flow's
/// connection reference declared in customizations.xml, and a declared dependency on the main solution.
/// Shape compared with the CoE Starter Kit's CenterofExcellenceCoreComponents/SolutionPackage/src.
/// </summary>
public sealed class ScheduleSolutionTests : IClassFixture<PackedSchedule>, IClassFixture<PackedSolution>
{
    private readonly PackedSchedule _schedule;
    private readonly PackedSolution _main;

    public ScheduleSolutionTests(PackedSchedule schedule, PackedSolution main)
    {
        _schedule = schedule;
        _main = main;
    }

    [Fact]
    public void Both_zips_are_written_beside_the_main_ones_with_the_release_in_their_name()
    {
        Assert.EndsWith($"CrmTiering.Schedule_{BuildLayout.Release.Replace('.', '_')}.zip", _schedule.UnmanagedPath);
        Assert.EndsWith($"CrmTiering.Schedule_{BuildLayout.Release.Replace('.', '_')}_managed.zip", _schedule.ManagedPath);
    }

    [Fact]
    public void Each_zip_holds_the_root_files_the_flow_json_and_content_types_last()
    {
        foreach (var zip in new[] { _schedule.Unmanaged, _schedule.Managed })
        {
            var names = zip.Select(e => e.Key).ToList();
            Assert.Equal(new[] { "customizations.xml", "solution.xml" }, names.Take(2));
            Assert.Equal("[Content_Types].xml", names.Last());
            Assert.Contains(_schedule.Flow.Element("JsonFileName")!.Value.TrimStart('/'), names);
            Assert.All(names, n => Assert.DoesNotContain('\\', n));
        }
    }

    [Fact]
    public void The_manifests_differ_only_in_the_managed_flag_and_carry_the_release()
    {
        var unmanaged = _schedule.Manifest(managed: false).Element("SolutionManifest")!;
        var managed = _schedule.Manifest(managed: true).Element("SolutionManifest")!;
        Assert.Equal("0", unmanaged.Element("Managed")!.Value);
        Assert.Equal("1", managed.Element("Managed")!.Value);
        Assert.Equal(BuildLayout.Release, unmanaged.Element("Version")!.Value);
        Assert.Equal(BuildLayout.Release, managed.Element("Version")!.Value);
        unmanaged.Element("Managed")!.Value = "1";
        Assert.True(XNode.DeepEquals(unmanaged, managed));
    }

    [Fact]
    public void It_is_its_own_solution_of_the_same_publisher_with_a_valid_unique_name()
    {
        var schedule = _schedule.Manifest(managed: true).Element("SolutionManifest")!;
        var main = PackedSolution.Xml(_main.Managed, "solution.xml").Element("SolutionManifest")!;
        var name = schedule.Element("UniqueName")!.Value;
        Assert.NotEqual(main.Element("UniqueName")!.Value, name);
        // Solution unique names take letters, digits and underscores only: the dot lives in the file name alone.
        Assert.Matches(new Regex("^[A-Za-z_][A-Za-z0-9_]*$"), name);
        Assert.True(XNode.DeepEquals(main.Element("Publisher"), schedule.Element("Publisher")), "the schedule must ship under the main solution's publisher (prefix ctier)");
    }

    [Fact]
    public void The_flow_is_the_only_root_component_and_a_type_29_with_its_workflow_id()
    {
        var roots = _schedule.Manifest(managed: true).Descendants("RootComponent").ToList();
        var root = Assert.Single(roots);
        Assert.Equal(ScheduleManifest.WorkflowComponentType.ToString(), (string?)root.Attribute("type"));
        Assert.Equal((string)_schedule.Flow.Attribute("WorkflowId")!, (string?)root.Attribute("id"));
        Assert.Equal("0", (string?)root.Attribute("behavior"));
    }

    [Fact]
    public void The_flow_is_a_category_5_definition_without_a_table_that_import_turns_on()
    {
        var flow = _schedule.Flow;
        string Value(string name) => flow.Element(name)?.Value ?? $"<no {name}>";
        Assert.Equal("1", Value("Type"));
        Assert.Equal(CloudFlowSource.CloudFlowCategory, Value("Category"));
        Assert.Equal("none", Value("PrimaryEntity"));
        Assert.Equal("0", Value("OnDemand"));
        Assert.Equal("0", Value("Subprocess"));
        Assert.Equal("4", Value("Scope"));
        // Activated (1/2): an import that is given the connection turns the flow on; without one it stays off.
        Assert.Equal("1", Value("StateCode"));
        Assert.Equal("2", Value("StatusCode"));
        Assert.Null(flow.Element("XamlFileName"));
        Assert.Equal((string)flow.Attribute("Name")!, flow.Element("LocalizedNames")!.Elements("LocalizedName").Single().Attribute("description")!.Value);
    }

    [Fact]
    public void The_pinned_flow_id_is_the_name_based_id_of_its_name()
    {
        var flow = _schedule.Flow;
        var expected = "{" + DeterministicId.From("workflow:" + (string)flow.Attribute("Name")!).ToString("D") + "}";
        Assert.Equal(expected, (string)flow.Attribute("WorkflowId")!);
        Assert.EndsWith("-" + expected.Trim('{', '}').ToUpperInvariant() + ".json", flow.Element("JsonFileName")!.Value);
    }

    [Fact]
    public void Every_connection_reference_the_flow_uses_is_declared_for_its_connector_and_none_is_unused()
    {
        var declared = _schedule.Customizations.Element("connectionreferences")!.Elements("connectionreference")
            .ToDictionary(r => (string)r.Attribute("connectionreferencelogicalname")!, r => r);
        var used = _schedule.FlowJson["properties"]!["connectionReferences"]!.AsObject();
        Assert.NotEmpty(used);
        foreach (var (_, reference) in used)
        {
            var logicalName = (string)reference!["connection"]!["connectionReferenceLogicalName"]!;
            Assert.True(declared.TryGetValue(logicalName, out var element), $"the flow uses connection reference {logicalName}, which customizations.xml does not declare");
            Assert.StartsWith("ctier_", logicalName);
            Assert.Equal("embedded", (string?)reference["runtimeSource"]);
            Assert.Equal("/providers/Microsoft.PowerApps/apis/" + (string)reference["api"]!["name"]!, element!.Element("connectorid")!.Value);
            Assert.Equal("0", element.Element("promptingbehavior")!.Value);
            Assert.Equal("0", element.Element("statecode")!.Value);
            Assert.Equal("1", element.Element("statuscode")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(element.Element("connectionreferencedisplayname")!.Value));
        }

        var usedNames = used.Select(u => (string)u.Value!["connection"]!["connectionReferenceLogicalName"]!).ToHashSet();
        Assert.All(declared.Keys, name => Assert.Contains(name, usedNames));
    }

    [Fact]
    public void Its_missing_dependency_names_a_root_table_of_the_main_solution_at_the_same_release()
    {
        var dependency = Assert.Single(_schedule.Manifest(managed: true).Descendants("MissingDependency"));
        var required = dependency.Element("Required")!;
        Assert.Equal("1", (string?)required.Attribute("type"));
        Assert.Equal($"{SolutionPackage.UniqueName} ({BuildLayout.Release})", (string?)required.Attribute("solution"));
        var table = (string)required.Attribute("schemaName")!;
        var mainRoots = PackedSolution.Xml(_main.Managed, "solution.xml").Descendants("RootComponent")
            .Where(r => (string?)r.Attribute("type") == "1" && (string?)r.Attribute("behavior") == "0")
            .Select(r => (string)r.Attribute("schemaName")!);
        Assert.Contains(table, mainRoots);
        var dependent = dependency.Element("Dependent")!;
        Assert.Equal(ScheduleManifest.WorkflowComponentType.ToString(), (string?)dependent.Attribute("type"));
        Assert.Equal((string)_schedule.Flow.Attribute("WorkflowId")!, (string?)dependent.Attribute("id"));
    }

    [Fact]
    public void The_main_zips_carry_no_cloud_flow_and_no_connection_reference()
    {
        // A flow problem must never block the main import: the flow lives in the schedule zips only.
        foreach (var zip in new[] { _main.Managed, _main.Unmanaged })
        {
            var customizations = PackedSolution.Xml(zip, "customizations.xml");
            Assert.DoesNotContain(customizations.Element("Workflows")!.Elements("Workflow"), w => w.Element("Category")?.Value == CloudFlowSource.CloudFlowCategory);
            Assert.Null(customizations.Element("connectionreferences"));
            Assert.DoesNotContain(zip, e => e.Key.EndsWith(".json", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_flow_whose_data_names_another_json_file_is_refused()
    {
        var copy = ScheduleSourceCopy.Make();
        try
        {
            var data = System.IO.Directory.GetFiles(System.IO.Path.Combine(copy, "Workflows"), "*.json.data.xml").Single();
            var document = XDocument.Load(data);
            document.Root!.Element("JsonFileName")!.Value = "/Workflows/Other-00000000-0000-0000-0000-000000000000.json";
            document.Save(data);
            var error = Assert.Throws<PackingException>(() => SchedulePackage.Pack(copy, System.IO.Path.Combine(copy, "out"), BuildLayout.Release));
            Assert.Contains("JsonFileName must be", error.Message);
        }
        finally
        {
            System.IO.Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_flow_file_that_is_not_json_is_refused()
    {
        var copy = ScheduleSourceCopy.Make();
        try
        {
            var json = System.IO.Directory.GetFiles(System.IO.Path.Combine(copy, "Workflows"), "*.json").Single();
            System.IO.File.WriteAllText(json, "{ \"properties\": ");
            var error = Assert.Throws<PackingException>(() => SchedulePackage.Pack(copy, System.IO.Path.Combine(copy, "out"), BuildLayout.Release));
            Assert.Contains("is not valid JSON", error.Message);
        }
        finally
        {
            System.IO.Directory.Delete(copy, recursive: true);
        }
    }
}
