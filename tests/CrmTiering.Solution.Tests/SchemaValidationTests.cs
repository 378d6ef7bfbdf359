using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// customizations.xml of both zips (and of both schedule zips), and every FormXml, FetchXML, LayoutXml and chart data description in
/// it, validated against Microsoft's published schemas (the 9.0.0.2090 set in ../shared/dataverse/schemas,
/// next to the repository; not ours to commit). A missing folder or file fails: it never passes silently.
/// </summary>
public sealed class SchemaValidationTests : IClassFixture<PackedSolution>, IClassFixture<PackedSchedule>
{
    /// <summary>The schema set, relative to the repository root.</summary>
    public static string SchemaFolder => Path.GetFullPath(Path.Combine(BuildLayout.RepoRoot, "..", "shared", "dataverse", "schemas"));

    private static readonly string[] SchemaFiles =
    {
        "CustomizationsSolution.xsd", "isv.config.xsd", "SiteMapType.xsd", "FormXml.xsd", "Fetch.xsd",
        "RibbonCore.xsd", "RibbonTypes.xsd", "RibbonWSS.xsd", "VisualizationDataDescription.xsd",
    };

    /// <summary>
    /// The only places where the zips may differ from the 9.0.0.2090 set: what real exports written by
    /// today's platform carry and the 2020 schema predates. Each entry names the export that shows it in
    /// that place. The copy that is validated has these nodes taken out (or, for the step order, put
    /// where the schema wants them), so every other node — their siblings too — is still checked.
    /// </summary>
    private const string Apollo = "meandtech2001/Apollo-HealthCare-Management-D365-CRM-, customizations.xml in ApolloHospitalProject_1_0_0_4.zip (and _1_0_0_3_managed.zip)";

    private static readonly AllowedNewerThanSchema[] Allowed =
    {
        // Every exported step writes SdkMessageId first; the 9.0 schema orders it after Rank (validated there).
        new("SdkMessageProcessingStep", "SdkMessageId", Apollo + ": step MyPlugins.CreatePrescription", SchemaPlaceAfter: "Rank"),
        // <option value="554550000" ExternalValue="" IsHidden="0"> in the global choice apollo_paymentmode.
        new("option", "@IsHidden", Apollo + ": optionset apollo_paymentmode"),
        // <IsAutoAssigned>0</IsAutoAssigned> before RolePrivileges in each of the five roles.
        new("Role", "IsAutoAssigned", Apollo + ": Roles/Role"),
        // <CanReadUnmasked>0</CanReadUnmasked> after CanCreate.
        new("FieldPermission", "CanReadUnmasked", Apollo + ": FieldSecurityProfile \"Invoice Cols Restrictions\""),
        // <IsMSTeamsIntegrationEnabled>0</IsMSTeamsIntegrationEnabled><IsSolutionAware>0</IsSolutionAware> among the
        // table settings of every custom table (after IsEnabledForExternalChannels).
        new("entity", "IsMSTeamsIntegrationEnabled", Apollo + ": Entities/Entity apollo_reward and the other apollo_ tables"),
        new("entity", "IsSolutionAware", Apollo + ": Entities/Entity apollo_reward and the other apollo_ tables"),
    };

    private const string CoE = "microsoft/coe-starter-kit, CenterofExcellenceCoreComponents/SolutionPackage/src";

    /// <summary>The same for the schedule zips: what exported cloud-flow solutions carry and the 2020 schema predates.</summary>
    private static readonly AllowedNewerThanSchema[] ScheduleAllowed =
    {
        // <JsonFileName>/Workflows/<Name>-<ID>.json</JsonFileName> as the first child of every cloud flow's Workflow.
        new("Workflow", "JsonFileName", CoE + ": Workflows/AdminCapacityAlerts-108A99EF-B08C-EB11-A812-000D3A1F6308.json.data.xml"),
        // <IsCustomProcessingStepAllowedForOtherPublishers>1</...> after BusinessProcessType, before PrimaryEntity.
        new("Workflow", "IsCustomProcessingStepAllowedForOtherPublishers", CoE + ": Workflows/AdminSyncTemplatev4Driver-74157AA1-A8AC-EE11-A569-000D3A341D27.json.data.xml"),
        // <connectionreferences><connectionreference connectionreferencelogicalname="..."> after CanvasApps, before Languages.
        new("ImportExportXml", "connectionreferences", CoE + ": Other/Customizations.xml"),
    };

    private readonly PackedSolution _solution;
    private readonly PackedSchedule _schedule;

    public SchemaValidationTests(PackedSolution solution, PackedSchedule schedule)
    {
        _solution = solution;
        _schedule = schedule;
    }

    public static TheoryData<string> Zips => new() { "unmanaged", "managed" };

    [Fact]
    public void The_schema_folder_and_every_schema_file_are_there()
    {
        Assert.True(Directory.Exists(SchemaFolder), $"Microsoft's schema folder is missing: {SchemaFolder} (the schemas are never committed here; see its README).");
        foreach (var file in SchemaFiles)
        {
            Assert.True(File.Exists(Path.Combine(SchemaFolder, file)), $"Schema file missing: {Path.Combine(SchemaFolder, file)}");
        }
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Customizations_validate_against_CustomizationsSolution_xsd(string zip)
    {
        var document = Normalised(Load(zip));
        var errors = Validate(document.Root!, Schemas("CustomizationsSolution.xsd"), null);
        Assert.True(errors.Count == 0, Report(zip, "CustomizationsSolution.xsd", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_form_and_dashboard_validates_against_FormXml_xsd(string zip)
    {
        var document = Normalised(Load(zip));
        var set = Schemas("FormXml.xsd");
        var forms = document.Descendants("FormXml").Elements("forms")
            .SelectMany(f => f.Elements("form").Concat(f.Elements("systemform").Elements("form"))).ToList();
        Assert.NotEmpty(forms);
        Assert.Contains(forms, f => f.Ancestors("Dashboards").Any());
        var errors = forms.SelectMany(f => Validate(f, set, Global(set, "form"))).ToList();
        Assert.True(errors.Count == 0, Report(zip, "FormXml.xsd", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_view_and_chart_fetch_validates_against_Fetch_xsd(string zip)
    {
        var document = Normalised(Load(zip));
        var set = Schemas("Fetch.xsd");
        var viewFetches = document.Descendants("savedquery").Elements("fetchxml").Elements("fetch").ToList();
        var chartFetches = document.Descendants("datadescription").Descendants("fetch").ToList();
        Assert.NotEmpty(viewFetches);
        Assert.NotEmpty(chartFetches);
        Assert.Equal(document.Descendants("savedquery").Count(), viewFetches.Count);
        var errors = viewFetches.Concat(chartFetches).SelectMany(f => Validate(f, set, Global(set, "fetch"))).ToList();
        Assert.True(errors.Count == 0, Report(zip, "Fetch.xsd", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_view_layout_validates_against_the_layoutxml_declaration_of_CustomizationsSolution_xsd(string zip)
    {
        // The set has no file of its own for LayoutXml: CustomizationsSolution.xsd declares it inside savedquery.
        var document = Normalised(Load(zip));
        var set = Schemas("CustomizationsSolution.xsd");
        var declaration = Local(set, "SavedQueriesType", "savedqueries", "savedquery", "layoutxml");
        var layouts = document.Descendants("savedquery").Elements("layoutxml").ToList();
        Assert.Equal(document.Descendants("savedquery").Count(), layouts.Count);
        var errors = layouts.SelectMany(l => Validate(l, set, declaration)).ToList();
        Assert.True(errors.Count == 0, Report(zip, "CustomizationsSolution.xsd (layoutxml)", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_chart_data_description_validates_against_VisualizationDataDescription_xsd(string zip)
    {
        var document = Normalised(Load(zip));
        var set = Schemas("VisualizationDataDescription.xsd");
        var charts = document.Descendants("visualization").ToList();
        Assert.NotEmpty(charts);
        var definitions = charts.Select(c => c.Element("datadescription")?.Element("datadefinition")).ToList();
        Assert.All(definitions, Assert.NotNull);
        var errors = definitions.SelectMany(d => Validate(d!, set, Global(set, "datadefinition"))).ToList();
        Assert.True(errors.Count == 0, Report(zip, "VisualizationDataDescription.xsd", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_allowed_newer_node_is_still_written_and_names_its_evidence(string zip)
    {
        // A stale entry would hide a later mistake of the same name: each one must still be needed.
        foreach (var allowed in Allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(allowed.Evidence));
            Assert.True(allowed.Apply(Load(zip)) > 0, $"Allow-list entry {allowed.Parent}/{allowed.Node} matches nothing in the {zip} zip: remove it.");
        }
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Schedule_customizations_validate_against_CustomizationsSolution_xsd(string zip)
    {
        var document = Normalised(LoadSchedule(zip), ScheduleAllowed);
        Assert.NotEmpty(document.Descendants("Workflow"));
        var errors = Validate(document.Root!, Schemas("CustomizationsSolution.xsd"), null);
        Assert.True(errors.Count == 0, Report("schedule " + zip, "CustomizationsSolution.xsd", errors));
    }

    [Theory]
    [MemberData(nameof(Zips))]
    public void Every_allowed_newer_node_of_the_schedule_is_still_written_and_names_its_evidence(string zip)
    {
        foreach (var allowed in ScheduleAllowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(allowed.Evidence));
            Assert.True(allowed.Apply(LoadSchedule(zip)) > 0, $"Allow-list entry {allowed.Parent}/{allowed.Node} matches nothing in the schedule {zip} zip: remove it.");
        }
    }

    [Fact]
    public void The_validator_reports_an_unknown_element_in_the_schedules_flow()
    {
        var document = LoadSchedule("managed");
        document.Descendants("Workflow").First().Element("PrimaryEntity")!.AddBeforeSelf(new XElement("NotInTheSchema", "1"));
        var errors = Validate(Normalised(document, ScheduleAllowed).Root!, Schemas("CustomizationsSolution.xsd"), null);
        Assert.Contains(errors, e => e.Contains("NotInTheSchema"));
    }

    [Fact]
    public void The_validator_reports_an_unknown_element_so_a_pass_means_something()
    {
        var document = Load("managed");
        var attribute = document.Descendants("attribute").First();
        attribute.Add(new XElement("NotInTheSchema", "1"));
        var errors = Validate(Normalised(document).Root!, Schemas("CustomizationsSolution.xsd"), null);
        Assert.Contains(errors, e => e.Contains("NotInTheSchema"));
    }

    private XDocument Load(string zip) => Customizations(zip == "managed" ? _solution.Managed : _solution.Unmanaged);

    private XDocument LoadSchedule(string zip) => Customizations(zip == "managed" ? _schedule.Managed : _schedule.Unmanaged);

    private static XDocument Customizations(IReadOnlyList<KeyValuePair<string, byte[]>> entries) =>
        XDocument.Load(new MemoryStream(entries.Single(e => e.Key == "customizations.xml").Value), LoadOptions.SetLineInfo);

    /// <summary>A copy with the allowed newer nodes taken out, so that the rest is checked as the schema says.</summary>
    private static XDocument Normalised(XDocument source) => Normalised(source, Allowed);

    private static XDocument Normalised(XDocument source, IEnumerable<AllowedNewerThanSchema> allowedNodes)
    {
        var copy = new XDocument(source);
        foreach (var allowed in allowedNodes)
        {
            allowed.Apply(copy);
        }

        return copy;
    }

    private static readonly Dictionary<string, XmlSchemaSet> Compiled = new();

    private static XmlSchemaSet Schemas(string file)
    {
        lock (Compiled)
        {
            if (Compiled.TryGetValue(file, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(SchemaFolder, file);
            Assert.True(File.Exists(path), $"Schema file missing: {path}");
            var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            var problems = new List<string>();
            set.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
            using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            {
                set.Add(null, reader);
            }

            set.Compile();
            Assert.True(problems.Count == 0, $"{file} (or a file it includes) did not compile:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            Compiled[file] = set;
            return set;
        }
    }

    private static XmlSchemaElement Global(XmlSchemaSet set, string name) =>
        set.GlobalElements[new XmlQualifiedName(name)] as XmlSchemaElement
        ?? throw new InvalidOperationException($"No global element '{name}' in the schema set.");

    /// <summary>The local declaration reached from the global type <paramref name="type"/> down <paramref name="path"/>.</summary>
    private static XmlSchemaElement Local(XmlSchemaSet set, string type, params string[] path)
    {
        var current = set.GlobalTypes[new XmlQualifiedName(type)] as XmlSchemaComplexType
            ?? throw new InvalidOperationException($"No global type '{type}' in the schema set.");
        XmlSchemaElement? found = null;
        foreach (var name in path)
        {
            var matches = Children(current?.ContentTypeParticle).Where(e => e.QualifiedName.Name == name).Distinct().ToList();
            Assert.True(matches.Count == 1, $"Expected one declaration of {name} under {type}/{string.Join("/", path)}, found {matches.Count}.");
            found = matches[0];
            current = found.ElementSchemaType as XmlSchemaComplexType;
        }

        return found!;
    }

    private static IEnumerable<XmlSchemaElement> Children(XmlSchemaParticle? particle) => particle switch
    {
        XmlSchemaElement element => new[] { element },
        XmlSchemaGroupBase group => group.Items.OfType<XmlSchemaParticle>().SelectMany(Children),
        _ => Enumerable.Empty<XmlSchemaElement>(),
    };

    private static List<string> Validate(XElement element, XmlSchemaSet set, XmlSchemaElement? declaration)
    {
        var errors = new List<string>();
        void Handler(object? sender, ValidationEventArgs e)
        {
            var where = sender is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "line ?";
            var path = sender is XObject node ? NodePath(node) : "?";
            errors.Add($"{e.Severity} at {where} {path}: {e.Message}");
        }

        if (declaration is null)
        {
            new XDocument(element).Validate(set, Handler);
        }
        else
        {
            element.Validate(declaration, set, Handler);
        }

        return errors;
    }

    private static string NodePath(XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var names = element?.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName) ?? Enumerable.Empty<string>();
        var path = "/" + string.Join("/", names);
        return node is XAttribute attribute ? path + "/@" + attribute.Name.LocalName : path;
    }

    private static string Report(string zip, string schema, IReadOnlyCollection<string> errors) =>
        $"{errors.Count} error(s) validating the {zip} zip against {schema}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Distinct())}";

    /// <summary>
    /// One node real exports carry where the 9.0.0.2090 schema does not declare it (taken out of the
    /// validated copy), or carry in another place than the schema (moved after <see cref="SchemaPlaceAfter"/>).
    /// </summary>
    private sealed record AllowedNewerThanSchema(string Parent, string Node, string Evidence, string? SchemaPlaceAfter = null)
    {
        /// <summary>Applies the entry; returns how many nodes it touched.</summary>
        public int Apply(XDocument document)
        {
            var touched = 0;
            foreach (var parent in document.Descendants(Parent).ToList())
            {
                if (Node.StartsWith('@'))
                {
                    var attribute = parent.Attribute(Node[1..]);
                    if (attribute is not null)
                    {
                        attribute.Remove();
                        touched++;
                    }

                    continue;
                }

                foreach (var node in parent.Elements(Node).ToList())
                {
                    node.Remove();
                    touched++;
                    if (SchemaPlaceAfter is not null)
                    {
                        var anchor = parent.Element(SchemaPlaceAfter)
                            ?? throw new InvalidOperationException($"{Parent} has {Node} but no {SchemaPlaceAfter} to put it after.");
                        anchor.AddAfterSelf(node);
                    }
                }
            }

            return touched;
        }
    }
}
