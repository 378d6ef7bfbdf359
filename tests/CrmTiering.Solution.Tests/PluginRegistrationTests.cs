using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Tests;

public sealed class PluginRegistrationTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _solution;

    public PluginRegistrationTests(PackedSolution solution) => _solution = solution;

    private IEnumerable<XElement> Assemblies => _solution.Customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly");

    private IEnumerable<XElement> Steps => _solution.Customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep");

    [Fact]
    public void The_one_deployable_ships_strong_named_with_its_real_identity_holding_plugins_and_activities()
    {
        Assert.Equal(new[] { "CrmTiering.Plugins" }, Assemblies.Select(a => ((string)a.Attribute("FullName")!).Split(',')[0]));
        var types = Assemblies.Single().Descendants("PluginType").ToList();
        Assert.Contains(types, t => t.Element("WorkflowActivityGroupName") is null);
        Assert.Contains(types, t => t.Element("WorkflowActivityGroupName") is not null);
        foreach (var assembly in Assemblies)
        {
            var embedded = Embedded(assembly);
            var fullName = (string)assembly.Attribute("FullName")!;
            Assert.True(embedded.HasPublicKey, fullName);
            Assert.StartsWith($"{embedded.Name}, Version={embedded.Version}, Culture=neutral, PublicKeyToken=", fullName);
            Assert.DoesNotContain("PublicKeyToken=null", fullName);
            Assert.StartsWith("1.0.", embedded.Version);
        }
    }

    [Fact]
    public void Every_plugin_type_named_exists_in_the_embedded_assembly_with_that_full_name()
    {
        foreach (var assembly in Assemblies)
        {
            var embedded = Embedded(assembly);
            foreach (var type in assembly.Descendants("PluginType"))
            {
                var name = (string)type.Attribute("Name")!;
                Assert.Contains(name, embedded.TypeNames);
                Assert.Equal(name + ", " + (string)assembly.Attribute("FullName")!, (string)type.Attribute("AssemblyQualifiedName")!);
            }
        }
    }

    [Fact]
    public void Every_step_names_a_shipped_plugin_type_by_name_and_id()
    {
        var types = Assemblies.SelectMany(a => a.Descendants("PluginType"))
            .ToDictionary(t => (string)t.Attribute("AssemblyQualifiedName")!, t => (string)t.Attribute("PluginTypeId")!);
        Assert.All(Steps, step =>
        {
            Assert.True(types.TryGetValue(step.Element("PluginTypeName")!.Value, out var id), step.Element("PluginTypeName")!.Value);
            Assert.Equal(id, step.Element("PluginTypeId")!.Value);
        });
    }

    [Fact]
    public void Every_filtering_and_image_column_exists_on_its_table()
    {
        var custom = _solution.Customizations.Element("Entities")!.Elements("Entity").ToDictionary(
            e => e.Element("Name")!.Value.ToLowerInvariant(),
            e => e.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Select(a => a.Element("LogicalName")!.Value).ToHashSet());
        foreach (var step in Steps)
        {
            var table = step.Element("PrimaryEntity")!.Value;
            var columns = Split(step.Element("FilteringAttributes")!.Value)
                .Concat(step.Descendants("SdkMessageProcessingStepImage").SelectMany(i => Split(i.Element("Attributes")!.Value)));
            foreach (var column in columns)
            {
                var known = KnownSystemColumns.Contains(table, column) || (custom.TryGetValue(table, out var own) && own.Contains(column));
                Assert.True(known, $"{(string)step.Attribute("Name")!}: column {column} is not on {table}");
            }
        }
    }

    [Fact]
    public void No_two_steps_share_an_id_or_an_event()
    {
        var steps = Steps.ToList();
        Assert.Equal(steps.Count, steps.Select(s => (string)s.Attribute("SdkMessageProcessingStepId")!).Distinct().Count());
        Assert.Equal(steps.Count, steps.Select(s => string.Join("|", s.Element("PluginTypeName")!.Value, s.Element("SdkMessageId")!.Value, s.Element("PrimaryEntity")!.Value, s.Element("Stage")!.Value)).Distinct().Count());
        var images = steps.SelectMany(s => s.Descendants("SdkMessageProcessingStepImageId")).Select(i => i.Value).ToList();
        Assert.Equal(images.Count, images.Distinct().Count());
    }

    [Fact]
    public void Asynchronous_steps_delete_their_successful_jobs()
    {
        Assert.All(Steps.Where(s => s.Element("Mode")!.Value == "1"), s => Assert.Equal("1", s.Element("AsyncAutoDelete")!.Value));
        Assert.All(Steps.Where(s => s.Element("Mode")!.Value == "0"), s => Assert.Equal("0", s.Element("AsyncAutoDelete")!.Value));
    }

    private EmbeddedAssembly Embedded(XElement assembly)
    {
        var entry = assembly.Element("FileName")!.Value.TrimStart('/');
        return new EmbeddedAssembly(_solution.Managed.Single(e => e.Key == entry).Value);
    }

    private static IEnumerable<string> Split(string list) => list.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
