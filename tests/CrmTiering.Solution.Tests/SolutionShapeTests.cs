using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// The zips shaped as real exports are (the exports are listed in ../shared/dataverse/solution-format.md;
/// "Apollo" is the meandtech2001/Apollo-HealthCare-Management-D365-CRM- pair of exported zips).
/// </summary>
public sealed class SolutionShapeTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _solution;

    public SolutionShapeTests(PackedSolution solution) => _solution = solution;

    public static TheoryData<string> Zips => new() { "unmanaged", "managed" };

    private IReadOnlyList<KeyValuePair<string, byte[]>> Zip(string zip) => zip == "managed" ? _solution.Managed : _solution.Unmanaged;

    private XElement Customizations(string zip) => PackedSolution.Xml(Zip(zip), "customizations.xml");

    private XElement Manifest(string zip) => PackedSolution.Xml(Zip(zip), "solution.xml").Element("SolutionManifest")!;

    [Theory]
    [MemberData(nameof(Zips))]
    public void Account_is_a_shell_root_that_carries_only_the_new_columns_and_its_form_views_and_chart(string zip)
    {
        // Apollo ships contact, appointment and systemuser (new columns and new forms, none of the table's
        // settings) as behavior 2; its behavior-1 account carries account's table settings as well.
        var roots = Manifest(zip).Element("RootComponents")!.Elements("RootComponent").Where(r => (string)r.Attribute("type")! == "1").ToList();
        Assert.Equal("2", (string)roots.Single(r => (string)r.Attribute("schemaName")! == "account").Attribute("behavior")!);
        Assert.All(roots.Where(r => ((string)r.Attribute("schemaName")!).StartsWith("ctier_", StringComparison.Ordinal)), r => Assert.Equal("0", (string)r.Attribute("behavior")!));

        var account = Customizations(zip).Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "Account");
        Assert.Equal(new[] { "attributes" }, account.Element("EntityInfo")!.Element("entity")!.Elements().Select(e => e.Name.LocalName));
        Assert.All(Columns(account), a => Assert.StartsWith("ctier_", a.Element("LogicalName")!.Value, StringComparison.Ordinal));
        Assert.Single(account.Element("FormXml")!.Descendants("systemform"));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Steps_write_InvocationSource_1_as_current_exports_do(string zip)
    {
        // Apollo, mikefactorial/PluginSample and JoshSmithXRM/Power-Platform-Developer-Suite-Demo-Solution: 1.
        var steps = Customizations(zip).Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.Equal("1", s.Element("InvocationSource")!.Value));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Workflows_name_their_primary_table_by_schema_name(string zip)
    {
        // Apollo's classic workflows: <PrimaryEntity>Contact</PrimaryEntity>, <PrimaryEntity>apollo_MedicalTest</PrimaryEntity>;
        // steps keep the logical name (<PrimaryEntity>appointment</PrimaryEntity>).
        var customizations = Customizations(zip);
        var schemaNames = customizations.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value).ToList();
        var workflows = customizations.Element("Workflows")!.Elements("Workflow").ToList();
        Assert.Equal(2, workflows.Count);
        Assert.All(workflows, w => Assert.Contains(w.Element("PrimaryEntity")!.Value, schemaNames));
        Assert.Equal(new[] { "Account", "ctier_TierChange" }, workflows.Select(w => w.Element("PrimaryEntity")!.Value).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(customizations.Descendants("SdkMessageProcessingStep"), s => Assert.Equal(s.Element("PrimaryEntity")!.Value.ToLowerInvariant(), s.Element("PrimaryEntity")!.Value));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void The_custom_api_its_parameters_and_properties_write_iscustomizable_in_export_order(string zip)
    {
        // Microsoft's "create a custom API with solution files" walkthrough writes <iscustomizable>0</iscustomizable>;
        // exported files list their elements in alphabetical order.
        var files = Zip(zip).Where(e => e.Key.StartsWith("customapis/", StringComparison.Ordinal) && e.Key.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + 4 + 6, files.Count);
        foreach (var file in files)
        {
            var root = PackedSolution.Xml(Zip(zip), file.Key);
            Assert.True(root.Element("iscustomizable")?.Value == "0", $"{file.Key} lacks <iscustomizable>0</iscustomizable>");
            var names = root.Elements().Select(e => e.Name.LocalName).ToList();
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        }
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void No_two_components_share_a_display_name(string zip)
    {
        var customizations = Customizations(zip);
        var named = new List<(string Kind, string Name)>();
        named.AddRange(customizations.Element("Roles")!.Elements("Role").Select(r => ("security role", (string)r.Attribute("name")!)));
        named.AddRange(customizations.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile").Select(p => ("field security profile", (string)p.Attribute("name")!)));
        named.AddRange(customizations.Element("Workflows")!.Elements("Workflow").Select(w => ("process", Label(w))));
        named.AddRange(customizations.Element("Dashboards")!.Elements("Dashboard").Select(d => ("dashboard", Label(d))));
        named.AddRange(customizations.Element("optionsets")!.Elements("optionset").Select(o => ("choice", o.Element("displaynames")!.Element("displayname")!.Attribute("description")!.Value)));
        named.AddRange(customizations.Element("Entities")!.Elements("Entity")
            .Select(e => e.Element("EntityInfo")!.Element("entity")!.Element("LocalizedNames")?.Element("LocalizedName")?.Attribute("description")?.Value)
            .Where(n => n is not null).Select(n => ("table", n!)));
        named.Add(("custom API", PackedSolution.Xml(Zip(zip), "customapis/ctier_RecalculateTiers/customapi.xml").Element("displayname")!.Attribute("default")!.Value));
        AssertUnique(named, "the solution");

        foreach (var entity in customizations.Element("Entities")!.Elements("Entity"))
        {
            var parts = entity.Descendants("systemform").Select(f => ("form", Label(f)))
                .Concat(entity.Descendants("savedquery").Select(v => ("view", Label(v))))
                .Concat(entity.Descendants("visualization").Select(c => ("chart", Label(c))));
            AssertUnique(parts.ToList(), entity.Element("Name")!.Value);
        }
    }

    [Fact]
    public void The_role_and_the_field_security_profile_for_managers_have_distinct_names()
    {
        Assert.Contains(_solution.Customizations.Element("Roles")!.Elements("Role"), r => (string)r.Attribute("name")! == "Tiering Manager");
        Assert.Contains(_solution.Customizations.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile"), p => (string)p.Attribute("name")! == "Tiering Manager Fields");
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Date_columns_use_the_behaviour_that_fits_what_they_hold(string zip)
    {
        // 1 user local (an instant), 2 date only (a calendar date a person types), 3 time-zone independent.
        // Solution/README.md, "Date columns", gives the reason per column.
        var dateOnly = new[] { "ctier_tieroverrideuntil", "ctier_backfillfrom" };
        var columns = Customizations(zip).Element("Entities")!.Elements("Entity").SelectMany(Columns)
            .Where(a => a.Element("Type")!.Value == "datetime" && a.Element("IsCustomField")?.Value == "1").ToList();
        Assert.Superset(dateOnly.ToHashSet(), columns.Select(c => c.Element("LogicalName")!.Value).ToHashSet());
        foreach (var column in columns)
        {
            var name = column.Element("LogicalName")!.Value;
            var isDate = dateOnly.Contains(name);
            Assert.True((isDate ? "date" : "datetime") == column.Element("Format")!.Value, $"{name}: Format {column.Element("Format")!.Value}");
            Assert.True((isDate ? "2" : "1") == column.Element("Behavior")!.Value, $"{name}: Behavior {column.Element("Behavior")!.Value}");
        }

        var readme = File.ReadAllText(Path.Combine(BuildLayout.RepoRoot, "Solution", "README.md"));
        var section = Section(readme, "### Date columns");
        Assert.All(dateOnly, c => Assert.Contains(c, section));
        Assert.Contains("DateOnly", section);
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Solution_xml_declares_the_Sales_tables_the_steps_need_as_missing_dependencies(string zip)
    {
        var customizations = Customizations(zip);
        var dependencies = Manifest(zip).Element("MissingDependencies")!.Elements("MissingDependency").ToList();
        var onSales = customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep")
            .Where(s => SolutionManifest.SalesTables.ContainsKey(s.Element("PrimaryEntity")!.Value)).ToList();

        // Every Sales table a step is registered on, each step once, nothing else (account, task, … are Dataverse's own).
        Assert.Equal(new[] { "invoice", "opportunity", "opportunityclose" }, onSales.Select(s => s.Element("PrimaryEntity")!.Value).Distinct().OrderBy(t => t));
        Assert.Equal(onSales.Count, dependencies.Count);
        foreach (var step in onSales)
        {
            var id = (string)step.Attribute("SdkMessageProcessingStepId")!;
            var dependency = Assert.Single(dependencies, d => (string?)d.Element("Dependent")!.Attribute("id") == id);
            var required = dependency.Element("Required")!;
            Assert.Equal("1", (string)required.Attribute("type")!);
            Assert.Equal(step.Element("PrimaryEntity")!.Value, (string)required.Attribute("schemaName")!);
            Assert.Equal(SolutionManifest.SalesTables[step.Element("PrimaryEntity")!.Value], (string)required.Attribute("displayName")!);
            Assert.False(string.IsNullOrEmpty((string?)required.Attribute("solution")));
            Assert.Equal("92", (string)dependency.Element("Dependent")!.Attribute("type")!);
            Assert.Equal((string)step.Attribute("Name")!, (string)dependency.Element("Dependent")!.Attribute("displayName")!);
        }

        // In the place exports write it: right after RootComponents, last in the manifest.
        Assert.Equal("RootComponents", ((XElement)Manifest(zip).Element("MissingDependencies")!.PreviousNode!).Name.LocalName);
        Assert.Null(Manifest(zip).Element("MissingDependencies")!.NextNode);
    }

    [Fact]
    public void The_admin_readme_lists_the_privileges_the_process_owner_needs()
    {
        // What the activities in Workflows/ read and write as the process owner (CreateOrganizationService
        // with the workflow context's user): account, systemuser/team, the history row, the policy, tasks, activities.
        var readme = File.ReadAllText(Path.Combine(BuildLayout.RepoRoot, "Solution", "README.md"));
        var section = Section(readme, "### The process owner's privileges");
        foreach (var needed in new[]
                 {
                     "Read account", "Read user", "Read team", "Read `ctier_tierchange`", "environment variable definition and value",
                     "Read, Create, Write task", "Append task, Append To account", "Assign task", "Write and Append `ctier_tierchange`, Append To task",
                     "Write account", "Read activity",
                 })
        {
            Assert.Contains(needed, section);
        }

        var workflowsSource = string.Join("\n", Directory.GetFiles(Path.Combine(BuildLayout.RepoRoot, "Workflows"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(File.ReadAllText));
        Assert.Contains("\"task\"", workflowsSource);
        Assert.Contains("\"team\"", workflowsSource);
        Assert.Contains("\"systemuser\"", workflowsSource);
    }

    private static IEnumerable<XElement> Columns(XElement entity) =>
        entity.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute");

    private static string Label(XElement component) =>
        component.Element("LocalizedNames")!.Elements("LocalizedName").First().Attribute("description")!.Value;

    private static void AssertUnique(IReadOnlyCollection<(string Kind, string Name)> named, string where)
    {
        var clashes = named.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\": {string.Join(", ", g.Select(n => n.Kind))}").ToList();
        Assert.True(clashes.Count == 0, $"Display names shared in {where}: {string.Join("; ", clashes)}");
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Solution/README.md has no section {heading}");
        var next = markdown.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? markdown[start..] : markdown[start..next];
    }
}
