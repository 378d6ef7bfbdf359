using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// References the importer resolves inside customizations.xml: a lookup needs its relationship, a form
/// control's class must fit its column's type, views and charts may name only existing columns, and
/// subgrids and dashboard tiles may point only at shipped views, charts and relationships.
/// </summary>
public sealed class ImportReferenceTests : IClassFixture<PackedSolution>
{
    /// <summary>Form control class ids per column type (the platform's standard controls).</summary>
    private static readonly Dictionary<string, string[]> ControlClassesByType = new(StringComparer.Ordinal)
    {
        ["nvarchar"] = new[] { "4273EDBD-AC1D-40D3-9FB2-095C621B552D" },
        ["ntext"] = new[] { "E0DECE4B-6FC8-4A8F-A065-082708572369" },
        ["picklist"] = new[] { "3EF39988-22BB-4F0B-BBBE-64B5A3748AEE" },
        ["datetime"] = new[] { "5B773807-9FB2-42DB-97C3-7A91EFF8ADFF" },
        ["money"] = new[] { "533B9E00-756B-4312-95A0-DC888637AC78" },
        ["decimal"] = new[] { "C3EFE0C3-0EC6-42BE-8349-CBD9079DFD8E" },
        ["int"] = new[] { "C6D124CA-7EDA-4A60-AEA9-7FB8D318B68F" },
        // Yes/no shows as radio buttons or a check box.
        ["bit"] = new[] { "67FAC785-CD58-4F9F-ABB3-4B7DDC6ED5ED", "B0C6723A-8503-4FD7-BB28-C8A06AC933C2" },
        ["lookup"] = new[] { "270BD3DB-D9AF-4782-9025-509E298DEC0A" },
        ["owner"] = new[] { "270BD3DB-D9AF-4782-9025-509E298DEC0A" },
    };

    /// <summary>Types of the system account columns the shipped form shows (not in customizations.xml).</summary>
    private static readonly Dictionary<string, string> SystemAccountColumnTypes = new(StringComparer.Ordinal)
    {
        ["name"] = "nvarchar", ["ownerid"] = "owner", ["revenue"] = "money",
    };

    private const string SubgridClass = "E7A81278-8635-4D9E-8D4D-59480B391C5B";

    private readonly PackedSolution _solution;

    public ImportReferenceTests(PackedSolution solution) => _solution = solution;

    private IEnumerable<XElement> Entities => _solution.Customizations.Element("Entities")!.Elements("Entity");

    private static string LogicalName(XElement entity) => entity.Element("Name")!.Value.ToLowerInvariant();

    private static IEnumerable<XElement> Columns(XElement entity) =>
        entity.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute");

    private static string ClassId(XElement control) => ((string)control.Attribute("classid")!).Trim('{', '}').ToUpperInvariant();

    private bool ColumnExists(string table, string column) =>
        KnownSystemColumns.Contains(table, column)
        || Entities.Where(e => LogicalName(e) == table).SelectMany(Columns).Any(a => a.Element("LogicalName")!.Value == column);

    [Fact]
    public void Every_lookup_column_has_a_relationship_that_names_it()
    {
        var relationships = _solution.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship").ToList();
        var lookups = Entities.SelectMany(e => Columns(e).Where(a => a.Element("Type")!.Value is "lookup" or "owner" or "customer")
            .Select(a => (Entity: e.Element("Name")!.Value, Column: (string)a.Attribute("PhysicalName")!))).ToList();
        Assert.NotEmpty(lookups);
        // Both own tables are covered: the history's account lookup and the recalculation queue's.
        Assert.Contains(("ctier_TierChange", "ctier_AccountId"), lookups);
        Assert.Contains(("ctier_TierRecalculation", "ctier_AccountId"), lookups);
        Assert.Contains(("ctier_TierRecalculation", "CreatedBy"), lookups);
        foreach (var (entity, column) in lookups)
        {
            Assert.True(
                relationships.Any(r => string.Equals(r.Element("ReferencingEntityName")?.Value, entity, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(r.Element("ReferencingAttributeName")?.Value, column, StringComparison.OrdinalIgnoreCase)),
                $"lookup {entity}.{column} has no relationship in customizations.xml");
        }
    }

    [Fact]
    public void Every_form_control_uses_the_class_of_its_columns_type_and_is_named_after_it()
    {
        foreach (var entity in Entities)
        {
            var types = Columns(entity).ToDictionary(a => a.Element("LogicalName")!.Value, a => a.Element("Type")!.Value, StringComparer.Ordinal);
            var controls = entity.Descendants("systemform").Descendants("control").Where(c => c.Attribute("datafieldname") != null).ToList();
            foreach (var control in controls)
            {
                var column = (string)control.Attribute("datafieldname")!;
                Assert.Equal(column, (string)control.Attribute("id")!);
                var type = types.TryGetValue(column, out var custom) ? custom
                    : LogicalName(entity) == "account" && SystemAccountColumnTypes.TryGetValue(column, out var system) ? system
                    : throw new Xunit.Sdk.XunitException($"form control {column} names no column of {LogicalName(entity)}");
                Assert.True(ControlClassesByType.TryGetValue(type, out var classes) && classes.Contains(ClassId(control)),
                    $"control {column} ({type}) uses class {ClassId(control)}");
            }
        }
    }

    [Fact]
    public void Views_and_charts_name_only_columns_of_their_table()
    {
        var queries = Entities.SelectMany(e => e.Descendants("savedquery").Concat(e.Descendants("visualization"))).ToList();
        Assert.NotEmpty(queries);
        var tables = queries.SelectMany(q => q.Descendants("fetch")).Select(f => (string)f.Element("entity")!.Attribute("name")!).ToHashSet();
        Assert.Superset(new HashSet<string> { "account", "ctier_tierchange", "ctier_tierrecalculation" }, tables);
        foreach (var query in queries)
        {
            foreach (var fetchEntity in query.Descendants("entity").Where(e => e.Ancestors("fetch").Any()))
            {
                var table = (string)fetchEntity.Attribute("name")!;
                var named = fetchEntity.Elements("attribute").Select(a => (string)a.Attribute("name")!)
                    .Concat(fetchEntity.Descendants("condition").Select(c => (string)c.Attribute("attribute")!))
                    .Concat(fetchEntity.Elements("order").Select(o => (string)o.Attribute("attribute")!));
                Assert.All(named, column => Assert.True(ColumnExists(table, column), $"{table}.{column} does not exist"));
            }

            var row = query.Element("layoutxml")?.Descendants("row").Single();
            if (row != null)
            {
                var table = (string)query.Descendants("fetch").Single().Element("entity")!.Attribute("name")!;
                Assert.True(ColumnExists(table, (string)row.Attribute("id")!));
                Assert.All(row.Elements("cell"), cell => Assert.True(ColumnExists(table, (string)cell.Attribute("name")!), $"view cell {table}.{(string)cell.Attribute("name")!} does not exist"));
            }
        }
    }

    [Fact]
    public void Subgrids_and_dashboard_tiles_point_at_shipped_views_charts_and_relationships()
    {
        var views = Entities.SelectMany(e => e.Descendants("savedquery").Select(q => (Id: Id(q.Element("savedqueryid")!.Value), Table: LogicalName(e)))).ToList();
        var charts = Entities.SelectMany(e => e.Descendants("visualization").Select(v => (Id: Id(v.Element("savedqueryvisualizationid")!.Value), Table: LogicalName(e)))).ToList();
        var relationships = _solution.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship").Select(r => (string)r.Attribute("Name")!).ToList();
        var grids = _solution.Customizations.Descendants("control").Where(c => ClassId(c) == SubgridClass).ToList();
        Assert.NotEmpty(grids);
        foreach (var grid in grids)
        {
            var parameters = grid.Element("parameters")!;
            var table = parameters.Element("TargetEntityType")!.Value;
            Assert.Contains((Id(parameters.Element("ViewId")!.Value), table), views);
            var chart = parameters.Element("VisualizationId")?.Value ?? "";
            if (chart.Length > 0)
            {
                Assert.Contains((Id(chart), table), charts);
            }

            var relationship = parameters.Element("RelationshipName")?.Value ?? "";
            if (relationship.Length > 0)
            {
                Assert.Contains(relationship, relationships);
            }
        }
    }

    private static string Id(string value) => value.Trim().Trim('{', '}').ToLowerInvariant();
}
