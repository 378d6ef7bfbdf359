using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace CrmTiering.Solution.Tests;

/// <summary>What reps, managers and admins see: columns, choices, table, views, form, chart, dashboard, security, policy.</summary>
public sealed class SolutionContentTests : IClassFixture<PackedSolution>
{
    private static readonly Dictionary<string, string> AccountColumns = new()
    {
        ["ctier_tier"] = "picklist", ["ctier_revenuetier"] = "picklist", ["ctier_onboardingtier"] = "picklist", ["ctier_highesttier"] = "picklist",
        ["ctier_previoustier"] = "picklist", ["ctier_lastmovement"] = "picklist", ["ctier_tierchangedon"] = "datetime", ["ctier_revenuetierchangedon"] = "datetime",
        ["ctier_calculatedon"] = "datetime", ["ctier_nextevaluationon"] = "datetime", ["ctier_recalcrequestedon"] = "datetime", ["ctier_lastreviewedon"] = "datetime",
        ["ctier_nextcontactdue"] = "datetime", ["ctier_effectiverevenue"] = "money", ["ctier_wonrevenue"] = "money", ["ctier_paidrevenue"] = "money",
        ["ctier_valuescore"] = "decimal", ["ctier_shareofwallet"] = "decimal", ["ctier_tierreason"] = "ntext", ["ctier_quadrant"] = "picklist",
        ["ctier_belowpeak"] = "bit", ["ctier_calcstatus"] = "picklist", ["ctier_calcerror"] = "nvarchar", ["ctier_expectedannualrevenue"] = "money",
        ["ctier_referralvalue"] = "int", ["ctier_marketingvalue"] = "int", ["ctier_seovalue"] = "int", ["ctier_logovalue"] = "int",
        ["ctier_growthpotential"] = "int", ["ctier_strategicfit"] = "int", ["ctier_efforttomanage"] = "int", ["ctier_tieroverride"] = "picklist",
        ["ctier_tieroverridereason"] = "nvarchar", ["ctier_tieroverrideuntil"] = "datetime",
    };

    private readonly PackedSolution _solution;

    public SolutionContentTests(PackedSolution solution) => _solution = solution;

    private XElement Entity(string logicalName) =>
        _solution.Customizations.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value.ToLowerInvariant() == logicalName);

    private static IEnumerable<XElement> Columns(XElement entity) =>
        entity.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute");

    private static XElement Attribute(XElement entity, string logicalName) =>
        Columns(entity).Single(a => a.Element("LogicalName")!.Value == logicalName);

    [Fact]
    public void Account_carries_every_design_column_with_its_type()
    {
        var account = Entity("account");
        foreach (var (column, type) in AccountColumns)
        {
            Assert.Equal(type, Attribute(account, column).Element("Type")!.Value);
        }
    }

    [Fact]
    public void Override_columns_are_secured_and_tier_revenue_tier_and_the_override_columns_are_audited()
    {
        var account = Entity("account");
        var secured = Columns(account).Where(a => a.Element("IsSecured")!.Value == "1").Select(a => a.Element("LogicalName")!.Value);
        Assert.Equal(new[] { "ctier_tieroverride", "ctier_tieroverridereason", "ctier_tieroverrideuntil" }, secured.OrderBy(c => c));
        foreach (var column in new[] { "ctier_tier", "ctier_revenuetier", "ctier_tieroverride", "ctier_tieroverridereason", "ctier_tieroverrideuntil" })
        {
            Assert.Equal("1", Attribute(account, column).Element("IsAuditEnabled")!.Value);
        }

        var profiles = _solution.Customizations.Element("FieldSecurityProfiles")!.Elements("FieldSecurityProfile").ToList();
        Assert.Equal(new[] { "Tiering Manager Fields", "Tiering Reader" }, profiles.Select(p => (string)p.Attribute("name")!).OrderBy(n => n));
        Assert.All(profiles, p => Assert.Equal(secured.OrderBy(c => c), p.Descendants("AttributeName").Select(a => a.Value).OrderBy(c => c)));
    }

    [Fact]
    public void Global_choices_carry_the_contract_values()
    {
        var sets = _solution.Customizations.Element("optionsets")!.Elements("optionset").ToDictionary(
            o => (string)o.Attribute("Name")!,
            o => o.Descendants("option").ToDictionary(x => x.Descendants("label").First().Attribute("description")!.Value, x => (int)x.Attribute("value")!));
        Assert.Equal(new Dictionary<string, int> { ["Tier 1"] = 512000000, ["Tier 2"] = 512000001, ["Tier 3"] = 512000002 }, sets["ctier_tier"]);
        Assert.Equal(new[] { 512000000, 512000001, 512000002, 512000003, 512000004 }, sets["ctier_movement"].Values);
        Assert.Equal(512000003, sets["ctier_movement"]["Tier 1 Slip"]);
        Assert.Equal(512000004, sets["ctier_movement"]["Surge"]);
        Assert.Equal(new[] { "Maximise", "Develop", "Minimise", "Eject" }, sets["ctier_quadrant"].OrderBy(p => p.Value).Select(p => p.Key));
        Assert.Equal(new[] { "Ok", "Failed" }, sets["ctier_calcstatus"].OrderBy(p => p.Value).Select(p => p.Key));
        Assert.Equal(new[] { "Plugin", "Review", "Override", "Backfill" }, sets["ctier_tierchangesource"].OrderBy(p => p.Value).Select(p => p.Key));
    }

    [Fact]
    public void Custom_names_use_the_ctier_prefix_and_custom_option_values_the_51200_prefix()
    {
        var custom = _solution.Customizations.Element("Entities")!.Elements("Entity").SelectMany(Columns).Where(a => a.Element("IsCustomField")?.Value == "1");
        Assert.All(custom, a => Assert.StartsWith("ctier_", a.Element("LogicalName")!.Value));
        Assert.All(_solution.Customizations.Element("optionsets")!.Elements("optionset"), o => Assert.StartsWith("ctier_", (string)o.Attribute("Name")!));
        Assert.All(_solution.Customizations.Descendants("option").Where(o => o.Parent!.Parent!.Element("OptionSetType")!.Value == "picklist"),
            o => Assert.InRange((int)o.Attribute("value")!, 512000000, 512009999));
        Assert.All(_solution.Customizations.Element("EntityRelationships")!.Elements(), r => Assert.Contains("ctier_", ((string)r.Attribute("Name")!).ToLowerInvariant()));
    }

    [Fact]
    public void Tier_change_table_is_organisation_owned_and_holds_the_history_columns()
    {
        var table = Entity("ctier_tierchange");
        Assert.Equal("OrganizationOwned", table.Descendants("OwnershipTypeMask").Single().Value);
        foreach (var column in new[] { "ctier_accountid", "ctier_fromtier", "ctier_totier", "ctier_movement", "ctier_effectiverevenue", "ctier_reason", "ctier_source", "ctier_calculatedon" })
        {
            Assert.NotNull(Attribute(table, column));
        }

        var toAccount = _solution.Customizations.Element("EntityRelationships")!.Elements()
            .Single(r => r.Element("ReferencingEntityName")!.Value == "ctier_TierChange" && r.Element("ReferencingAttributeName")!.Value == "ctier_AccountId");
        Assert.Equal("Account", toAccount.Element("ReferencedEntityName")!.Value);
    }

    [Fact]
    public void Views_form_chart_dashboard_and_roles_are_shipped_under_their_names()
    {
        var accountViews = Entity("account").Descendants("savedquery").Select(Name).ToList();
        Assert.Equal(new[] { "Below peak", "By quadrant", "Due for re-evaluation", "Tier 1 accounts", "Tier calculation failed" }, accountViews.OrderBy(n => n));
        Assert.Contains("Slips and Surges in the last 3 months", Entity("ctier_tierchange").Descendants("savedquery").Select(Name));
        Assert.Contains("Active Tier Recalculations", Entity("ctier_tierrecalculation").Descendants("savedquery").Select(Name));
        var form = Entity("account").Element("FormXml")!.Elements("forms").Single(f => (string)f.Attribute("type")! == "main").Element("systemform")!;
        Assert.Equal("Account – Tiering", Name(form));
        Assert.Contains(form.Descendants("section"), s => s.Descendants("label").First().Attribute("description")!.Value == "Tier");
        Assert.Contains(form.Descendants("TargetEntityType"), t => t.Value == "ctier_tierchange");
        Assert.Equal("Accounts by tier", Name(Entity("account").Element("Visualizations")!.Element("visualization")!));
        Assert.Equal("Client tiering", Name(_solution.Customizations.Element("Dashboards")!.Element("Dashboard")!));
        Assert.Equal(new[] { "Tiering Administrator", "Tiering Manager", "Tiering User" }, _solution.Customizations.Element("Roles")!.Elements("Role").Select(r => (string)r.Attribute("name")!).OrderBy(n => n));
        Assert.Contains(_solution.Customizations.Element("Roles")!.Elements("Role").Single(r => (string)r.Attribute("name")! == "Tiering User").Descendants("RolePrivilege"),
            p => (string)p.Attribute("name")! == "prvReadctier_tierchange");
    }

    [Fact]
    public void Tier_policy_ships_a_json_default_and_never_a_current_value()
    {
        Assert.DoesNotContain(_solution.Managed, e => e.Key.Contains("environmentvariablevalue", System.StringComparison.OrdinalIgnoreCase));
        // A current value would be an <environmentvariablevalue> element (a step may still name the table).
        var customizations = PackedSolution.Xml(_solution.Managed, "customizations.xml");
        Assert.DoesNotContain(customizations.DescendantsAndSelf(), e => e.Name.LocalName.StartsWith("environmentvariablevalue", System.StringComparison.OrdinalIgnoreCase));
        var definition = PackedSolution.Xml(_solution.Managed, "environmentvariabledefinitions/ctier_TierPolicy/environmentvariabledefinition.xml");
        Assert.Equal("ctier_TierPolicy", (string)definition.Attribute("schemaname")!);
        Assert.Equal("100000003", definition.Element("type")!.Value);
        var policy = definition.Element("defaultvalue")!.Value;
        Assert.InRange(policy.Length, 1, 2000);
        using var json = JsonDocument.Parse(policy);
        var tiers = json.RootElement.GetProperty("tiers").EnumerateArray().ToList();
        Assert.Equal(new[] { 500000m, 100000m, 0m }, tiers.Select(t => t.GetProperty("minRevenue").GetDecimal()));
        Assert.Equal(0.10m, json.RootElement.GetProperty("hysteresisMargin").GetDecimal());
    }

    [Fact]
    public void Custom_api_is_unbound_with_the_contract_parameters()
    {
        var api = PackedSolution.Xml(_solution.Managed, "customapis/ctier_RecalculateTiers/customapi.xml");
        Assert.Equal("0", api.Element("bindingtype")!.Value);
        Assert.Null(api.Element("plugintypeid")!.Attribute("typename"));
        var parameters = _solution.Managed.Where(e => e.Key.EndsWith("customapirequestparameter.xml")).Select(e => PackedSolution.Xml(_solution.Managed, e.Key))
            .ToDictionary(p => (string)p.Attribute("uniquename")!, p => (p.Element("type")!.Value, p.Element("isoptional")!.Value));
        Assert.Equal(("10", "0"), parameters["Mode"]);
        Assert.Equal(("1", "1"), parameters["From"]);
        Assert.Equal(("10", "1"), parameters["PageCookie"]);
        Assert.Equal(("7", "1"), parameters["PageSize"]);
        var responses = _solution.Managed.Where(e => e.Key.EndsWith("customapiresponseproperty.xml")).Select(e => PackedSolution.Xml(_solution.Managed, e.Key))
            .ToDictionary(p => (string)p.Attribute("uniquename")!, p => p.Element("type")!.Value);
        Assert.Equal(new Dictionary<string, string> { ["Changed"] = "7", ["Failed"] = "7", ["MoreRecords"] = "0", ["PageCookie"] = "10", ["Processed"] = "7", ["Queued"] = "7" }, responses);
        // Only holders of the privilege (Tiering Administrator, System Administrator) may run it; None: no custom steps on the message.
        Assert.Equal("prvCreatectier_tierrecalculation", api.Element("executeprivilegename")!.Value);
        Assert.Equal("0", api.Element("allowedcustomprocessingsteptype")!.Value);
        var pluginTypeId = api.Element("plugintypeid")!.Element("plugintypeid")?.Value.Trim('{', '}');
        if (pluginTypeId != null)
        {
            Assert.Contains(_solution.Customizations.Descendants("PluginType"), t => (string)t.Attribute("PluginTypeId")! == pluginTypeId);
        }
    }

    private static string Name(XElement component) => component.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value;
}
