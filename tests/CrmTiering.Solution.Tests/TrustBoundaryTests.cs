using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Solution.Emulation;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// Who may do what: the Custom API's execute privilege, the roles' hold on history rows and on the
/// recalculation queue, the follow-up process's trigger, and the Tier Recalculation table itself.
/// </summary>
public sealed class TrustBoundaryTests : IClassFixture<PackedSolution>
{
    private const string History = "ctier_tierchange";
    private const string Queue = "ctier_tierrecalculation";
    private const string FollowUpName = "Tier follow-up";

    private static readonly Regex TablePrivilege = new("^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly PackedSolution _solution;

    public TrustBoundaryTests(PackedSolution solution) => _solution = solution;

    private IEnumerable<XElement> Roles => _solution.Customizations.Element("Roles")!.Elements("Role");

    private static string RoleName(XElement role) => (string)role.Attribute("name")!;

    /// <summary>Privilege names are compared case-insensitively: exports spell them with the table's schema name.</summary>
    private static IEnumerable<string> Privileges(XElement role) =>
        role.Descendants("RolePrivilege").Select(p => ((string)p.Attribute("name")!).ToLowerInvariant());

    private static string Level(XElement role, string privilege) =>
        (string)role.Descendants("RolePrivilege").Single(p => string.Equals((string)p.Attribute("name")!, privilege, StringComparison.OrdinalIgnoreCase)).Attribute("level")!;

    private XElement Entity(string logicalName) =>
        _solution.Customizations.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value.ToLowerInvariant() == logicalName);

    private static XElement Column(XElement entity, string logicalName) =>
        entity.Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Single(a => a.Element("LogicalName")!.Value == logicalName);

    private XElement FollowUp => _solution.Customizations.Element("Workflows")!.Elements("Workflow").Single(w => (string)w.Attribute("Name")! == FollowUpName);

    [Fact]
    public void The_execute_privilege_is_a_privilege_of_a_shipped_table_other_than_the_history_table()
    {
        var privilege = ExecutePrivilege();

        Assert.False(string.IsNullOrWhiteSpace(privilege), "an empty execute privilege lets every user run ctier_RecalculateTiers");
        var match = TablePrivilege.Match(privilege);
        Assert.True(match.Success, $"{privilege} is not a table privilege");
        var table = match.Groups[2].Value.ToLowerInvariant();
        var ownTables = _solution.Customizations.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant())
            .Where(n => n.StartsWith("ctier_", StringComparison.Ordinal)).ToList();
        Assert.Contains(table, ownTables);
        Assert.NotEqual(History, table);
        Assert.Equal("prvcreate" + Queue, privilege.ToLowerInvariant());
    }

    [Fact]
    public void Among_shipped_roles_only_Tiering_Administrator_holds_the_execute_privilege()
    {
        var privilege = ExecutePrivilege().ToLowerInvariant();

        Assert.Equal(new[] { "Tiering Administrator" }, Roles.Where(r => Privileges(r).Contains(privilege)).Select(RoleName));
        Assert.Equal("Global", Level(Roles.Single(r => RoleName(r) == "Tiering Administrator"), privilege));
    }

    [Fact]
    public void No_shipped_role_may_create_write_append_or_delete_history_rows()
    {
        var forbidden = new[] { "create", "write", "append", "delete" }.Select(verb => "prv" + verb + History).ToList();

        foreach (var role in Roles)
        {
            Assert.All(Privileges(role), p => Assert.DoesNotContain(p, forbidden));
        }

        var administrator = Roles.Single(r => RoleName(r) == "Tiering Administrator");
        Assert.Equal(new[] { "prvread" + History }, Privileges(administrator).Where(p => TablePrivilege.Match(p) is { Success: true } m && m.Groups[2].Value == History));
    }

    [Fact]
    public void Tiering_Administrator_may_queue_read_change_and_delete_recalculations_for_any_account()
    {
        var administrator = Roles.Single(r => RoleName(r) == "Tiering Administrator");
        var expected = new[] { "create", "read", "write", "delete", "append" }.Select(verb => "prv" + verb + Queue).Append("prvappendtoaccount").ToList();

        Assert.All(expected, p => Assert.Contains(p, Privileges(administrator)));
        Assert.All(expected, p => Assert.Equal("Global", Level(administrator, p)));
        Assert.Equal(expected.Take(5).OrderBy(p => p), Privileges(administrator).Where(p => p.EndsWith(Queue, StringComparison.Ordinal)).OrderBy(p => p));
    }

    [Fact]
    public void Tiering_Manager_and_Tiering_User_get_nothing_on_the_recalculation_queue()
    {
        foreach (var role in Roles.Where(r => RoleName(r) is "Tiering Manager" or "Tiering User"))
        {
            Assert.DoesNotContain(Privileges(role), p => p.Contains(Queue, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_follow_up_process_starts_only_on_update_of_needs_follow_up()
    {
        var process = FollowUp;

        // Exported classic workflows name their table by schema name (Apollo: <PrimaryEntity>Contact</PrimaryEntity>).
        Assert.Equal("ctier_TierChange", process.Element("PrimaryEntity")!.Value);
        Assert.Equal(History, process.Element("PrimaryEntity")!.Value.ToLowerInvariant());
        Assert.Equal("0", process.Element("TriggerOnCreate")!.Value);
        Assert.Equal("0", process.Element("TriggerOnDelete")!.Value);
        Assert.Equal("0", process.Element("OnDemand")!.Value);
        Assert.Equal("ctier_needsfollowup", process.Element("TriggerOnUpdateAttributeList")!.Value);
        // Exports write the update list right after OnDemand, before TriggerOnCreate.
        Assert.Equal("TriggerOnCreate", ((XElement)process.Element("TriggerOnUpdateAttributeList")!.NextNode!).Name.LocalName);
    }

    [Fact]
    public void The_emulated_follow_up_process_has_the_shipped_trigger()
    {
        var trigger = InstalledSolution.Install(new EmulatedOrganization()).Processes.FollowUp.Trigger!;

        Assert.Equal(StepMessages.Update, trigger.Message);
        Assert.Equal(FollowUp.Element("PrimaryEntity")!.Value.ToLowerInvariant(), trigger.Table);
        Assert.Equal(FollowUp.Element("TriggerOnUpdateAttributeList")!.Value.Split(','), trigger.Columns);
    }

    [Fact]
    public void Needs_follow_up_is_a_yes_no_column_of_the_history_table_that_defaults_to_no()
    {
        var column = Column(Entity(History), "ctier_needsfollowup");

        Assert.Equal("bit", column.Element("Type")!.Value);
        Assert.Equal("0", column.Element("AppDefaultValue")!.Value);
        Assert.Equal(new[] { 0, 1 }, column.Descendants("option").Select(o => (int)o.Attribute("value")!).OrderBy(v => v));
        Assert.Equal("Needs Follow-up", column.Element("displaynames")!.Element("displayname")!.Attribute("description")!.Value);
    }

    [Fact]
    public void Tier_recalculation_is_an_organisation_owned_table_with_the_queue_columns()
    {
        var table = Entity(Queue);
        var info = table.Element("EntityInfo")!.Element("entity")!;

        Assert.Equal("ctier_TierRecalculation", table.Element("Name")!.Value);
        Assert.Equal("OrganizationOwned", info.Element("OwnershipTypeMask")!.Value);
        Assert.Equal("ctier_tierrecalculations", info.Element("EntitySetName")!.Value);
        Assert.Equal("Tier Recalculation", info.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value);
        Assert.Equal("Tier Recalculations", info.Element("LocalizedCollectionNames")!.Element("LocalizedCollectionName")!.Attribute("description")!.Value);

        Assert.Equal("primarykey", Column(table, "ctier_tierrecalculationid").Element("Type")!.Value);
        var name = Column(table, "ctier_name");
        Assert.Equal(("nvarchar", "required", "200"), (name.Element("Type")!.Value, name.Element("RequiredLevel")!.Value, name.Element("MaxLength")!.Value));
        Assert.Contains("PrimaryName", name.Element("DisplayMask")!.Value.Split('|'));
        var account = Column(table, "ctier_accountid");
        Assert.Equal(("lookup", "required"), (account.Element("Type")!.Value, account.Element("RequiredLevel")!.Value));
        var from = Column(table, "ctier_backfillfrom");
        // Date only: format date, behaviour 2 (DateOnly; 1 = user local, 3 = time-zone independent).
        Assert.Equal(("datetime", "date", "2", "none"), (from.Element("Type")!.Value, from.Element("Format")!.Value, from.Element("Behavior")!.Value, from.Element("RequiredLevel")!.Value));
        var reason = Column(table, "ctier_reason");
        Assert.Equal(("ntext", "4000"), (reason.Element("Type")!.Value, reason.Element("MaxLength")!.Value));

        var system = new[] { "createdby", "createdon", "modifiedby", "modifiedon", "organizationid", "importsequencenumber", "overriddencreatedon", "statecode", "statuscode" };
        Assert.All(system, c => Assert.NotNull(Column(table, c)));
        var columns = info.Element("attributes")!.Elements("attribute").Select(a => a.Element("LogicalName")!.Value).ToList();
        Assert.DoesNotContain("transactioncurrencyid", columns);
        Assert.DoesNotContain("exchangerate", columns);
        Assert.Equal(columns.Count, columns.Distinct().Count());
    }

    [Fact]
    public void Deleting_an_account_deletes_its_queued_recalculations()
    {
        var relationship = _solution.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship")
            .Single(r => r.Element("ReferencingEntityName")!.Value == "ctier_TierRecalculation" && r.Element("ReferencingAttributeName")!.Value == "ctier_AccountId");

        Assert.Equal("Account", relationship.Element("ReferencedEntityName")!.Value);
        Assert.Equal("Cascade", relationship.Element("CascadeDelete")!.Value);
    }

    [Fact]
    public void Tier_recalculation_ships_the_system_views_with_name_based_ids()
    {
        var views = Entity(Queue).Descendants("savedquery").ToList();

        // Public, Advanced Find, Associated, Quick Find, Lookup.
        Assert.Equal(new[] { 0, 1, 2, 4, 64 }, views.Select(v => (int)v.Element("querytype")!).OrderBy(t => t));
        foreach (var view in views)
        {
            var id = Guid.Parse(view.Element("savedqueryid")!.Value);
            Assert.Equal(DeterministicId.From($"savedquery:{Queue}:{(int)view.Element("querytype")!}"), id);
            Assert.Equal(Queue, (string)view.Descendants("fetch").Single().Element("entity")!.Attribute("name")!);
        }

        Assert.Equal("1", views.Single(v => (int)v.Element("querytype")! == 4).Element("isquickfindquery")!.Value);
    }

    [Fact]
    public void No_two_views_share_an_id()
    {
        var ids = _solution.Customizations.Descendants("savedquery").Select(v => Guid.Parse(v.Element("savedqueryid")!.Value)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Both_zips_carry_the_recalculation_table_as_a_whole_root_component()
    {
        foreach (var zip in new[] { _solution.Unmanaged, _solution.Managed })
        {
            var root = PackedSolution.Xml(zip, "solution.xml").Descendants("RootComponent")
                .Single(r => (int)r.Attribute("type")! == 1 && (string)r.Attribute("schemaName")! == Queue);
            Assert.Equal("0", (string)root.Attribute("behavior")!);
            Assert.Contains(PackedSolution.Xml(zip, "customizations.xml").Element("Entities")!.Elements("Entity"), e => e.Element("Name")!.Value == "ctier_TierRecalculation");
            Assert.Equal(ExecutePrivilege(), PackedSolution.Xml(zip, "customapis/ctier_RecalculateTiers/customapi.xml").Element("executeprivilegename")!.Value);
        }
    }

    private string ExecutePrivilege() =>
        PackedSolution.Xml(_solution.Managed, "customapis/ctier_RecalculateTiers/customapi.xml").Element("executeprivilegename")!.Value.Trim();
}
