using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// Write privileges as "Security roles and privileges" (learn.microsoft.com, Power Platform admin)
/// describes them: a role holds prv{Action}{table} at a depth (User, Business Unit,
/// Parent: Child Business Units, Organization); faults as "Web service error codes" lists them.
/// </summary>
public class PrivilegeTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _east;
    private readonly Guid _eastNorth;
    private readonly Guid _west;

    public PrivilegeTests()
    {
        _east = _org.AddBusinessUnit("East");
        _eastNorth = _org.AddBusinessUnit("East North", _east);
        _west = _org.AddBusinessUnit("West");
    }

    private static Dictionary<string, PrivilegeDepth> Privileges(params (string Name, PrivilegeDepth Depth)[] privileges)
    {
        var map = new Dictionary<string, PrivilegeDepth>();
        foreach (var (name, depth) in privileges)
        {
            map[name] = depth;
        }

        return map;
    }

    private Guid UserWith(Guid unit, params (string Name, PrivilegeDepth Depth)[] privileges)
    {
        var user = _org.AddUser("User", unit);
        _org.AssignRole(user, _org.AddRole("Role " + Guid.NewGuid(), Privileges(privileges)));
        return user;
    }

    private Guid AccountOwnedBy(Guid owner, string ownerTable = "systemuser") =>
        _org.Seed(new Entity("account") { ["name"] = "A", ["ownerid"] = new EntityReference(ownerTable, owner) });

    [Fact]
    public void A_user_without_any_role_may_read_but_not_create_an_account_and_the_fault_names_user_privilege_and_table()
    {
        // Docs: "Security roles and privileges" (a user needs a role to do anything); "Web service error codes" (PrivilegeDenied 0x80040220).
        var user = _org.AddUser("No role");
        var account = _org.Seed(new Entity("account") { ["name"] = "Seen" });

        Assert.NotNull(_org.ServiceFor(user).Retrieve("account", account, new ColumnSet("name")));
        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Create(new Entity("account")));

        Assert.Equal(-2147220960, PlatformErrorCodes.PrivilegeDenied);
        Assert.Contains($"Id={user}", fault.Message);
        Assert.Contains("prvCreateAccount", fault.Message);
        Assert.Contains("OTC=1 for entity 'account'", fault.Message);
        Assert.Equal(1, _org.CountRows("account"));
    }

    [Fact]
    public void Update_needs_the_write_privilege_and_delete_the_delete_privilege_of_the_table()
    {
        // Docs: "Security roles and privileges" — Write and Delete are separate privileges.
        var user = UserWith(_east, ("prvCreateAccount", PrivilegeDepth.User));
        var account = _org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Mine" });

        var write = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Update(new Entity("account", account) { ["name"] = "Renamed" }));
        var delete = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Delete("account", account));

        Assert.Contains("prvWriteAccount", write.Message);
        Assert.Contains("prvDeleteAccount", delete.Message);
        Assert.Equal("Mine", _org.Peek("account", account)!["name"]);
    }

    [Fact]
    public void User_depth_reaches_rows_the_user_or_one_of_their_teams_owns_and_nothing_else()
    {
        // Docs: "Security roles and privileges" — User (Basic): records the user owns, objects shared with the user or owned by their teams.
        var user = UserWith(_east, ("prvWriteAccount", PrivilegeDepth.User));
        var team = _org.AddTeam("Key accounts", _east, user);
        var colleague = _org.AddUser("Colleague", _east);
        var service = _org.ServiceFor(user);

        service.Update(new Entity("account", AccountOwnedBy(user)) { ["name"] = "own" });
        service.Update(new Entity("account", AccountOwnedBy(team, "team")) { ["name"] = "team's" });
        var colleagues = AccountOwnedBy(colleague);
        var fault = FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () => service.Update(new Entity("account", colleagues) { ["name"] = "x" }));

        Assert.Contains("WriteAccess", fault.Message);
        Assert.Contains(colleagues.ToString(), fault.Message);
    }

    [Theory]
    [InlineData(PrivilegeDepth.User, false, false, false)]
    [InlineData(PrivilegeDepth.BusinessUnit, true, false, false)]
    [InlineData(PrivilegeDepth.ParentChildBusinessUnits, true, true, false)]
    [InlineData(PrivilegeDepth.Organization, true, true, true)]
    public void A_deeper_level_reaches_rows_of_the_unit_its_children_or_the_whole_organisation(PrivilegeDepth depth, bool sameUnit, bool childUnit, bool otherUnit)
    {
        // Docs: "Security roles and privileges" — Business Unit (Local), Parent: Child Business Units (Deep), Organization (Global).
        var user = UserWith(_east, ("prvDeleteAccount", depth));
        var service = _org.ServiceFor(user);

        bool Deletes(Guid owner)
        {
            var account = AccountOwnedBy(owner);
            try
            {
                service.Delete("account", account);
                return true;
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == PlatformErrorCodes.AccessDenied)
            {
                return false;
            }
        }

        Assert.True(Deletes(user));
        Assert.Equal(sameUnit, Deletes(_org.AddUser("Same unit", _east)));
        Assert.Equal(childUnit, Deletes(_org.AddUser("Child unit", _eastNorth)));
        Assert.Equal(otherUnit, Deletes(_org.AddUser("Other unit", _west)));
    }

    [Fact]
    public void Creating_a_row_for_another_owner_needs_a_depth_that_reaches_that_owner()
    {
        // Docs: "Security roles and privileges" — the depth applies to the record being created, owner included.
        var user = UserWith(_east, ("prvCreateAccount", PrivilegeDepth.User));
        var colleague = _org.AddUser("Colleague", _east);

        FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () =>
            _org.ServiceFor(user).Create(new Entity("account") { ["ownerid"] = new EntityReference("systemuser", colleague) }));
        _org.AssignRole(user, _org.AddRole("Unit creator", Privileges(("prvCreateAccount", PrivilegeDepth.BusinessUnit))));
        _org.ServiceFor(user).Create(new Entity("account") { ["ownerid"] = new EntityReference("systemuser", colleague) });
    }

    [Fact]
    public void An_organization_owned_table_is_written_at_any_depth_and_a_custom_table_uses_its_logical_name_in_the_privilege()
    {
        // Docs: "Security roles and privileges" — organization-owned tables have only None or Organization access; custom privileges are prv{Action}{schema}.
        var user = UserWith(_west, ("prvCreatectier_tierchange", PrivilegeDepth.User));
        _org.ServiceFor(user).Create(new Entity("ctier_tierchange"));

        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Create(new Entity("ctier_other")));

        Assert.Contains("prvCreatectier_other", fault.Message);
    }

    [Fact]
    public void Every_activity_table_needs_the_shared_activity_privileges()
    {
        // Docs: "ActivityPointer (activity) entity privileges" — one prvCreateActivity for task, opportunityclose, …
        Assert.Equal("prvCreateActivity", _org.Tables.Get("task").PrivilegeName(PrivilegeAction.Create));
        Assert.Equal("prvWriteActivity", _org.Tables.Get("opportunityclose").PrivilegeName(PrivilegeAction.Write));
        Assert.Equal("prvReadUser", _org.Tables.Get("systemuser").PrivilegeName(PrivilegeAction.Read));
        Assert.Equal("prvCreatesomething_new", _org.Tables.Get("something_new").PrivilegeName(PrivilegeAction.Create));
        var user = UserWith(_east, ("prvCreateActivity", PrivilegeDepth.User));

        _org.ServiceFor(user).Create(new Entity("task") { ["subject"] = "Call" });
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Create(new Entity("account")));
    }

    [Fact]
    public void Privileges_of_several_roles_add_up_and_the_deepest_level_wins()
    {
        // Docs: "Security roles and privileges" — a user with several roles has the union of their privileges.
        var user = UserWith(_east, ("prvWriteAccount", PrivilegeDepth.User));
        _org.AssignRole(user, _org.AddRole("Wide", Privileges(("prvWriteAccount", PrivilegeDepth.Organization), ("prvCreateContact", PrivilegeDepth.User))));

        Assert.Equal(PrivilegeDepth.Organization, _org.Directory.PrivilegeDepthOf(user, "prvWriteAccount"));
        Assert.True(_org.Directory.HasPrivilege(user, "prvcreatecontact"));
        Assert.False(_org.Directory.HasPrivilege(user, "prvDeleteAccount"));
        _org.ServiceFor(user).Update(new Entity("account", AccountOwnedBy(_org.AddUser("Far", _west))) { ["name"] = "x" });
    }

    [Fact]
    public void System_is_never_checked_whoever_owns_the_row()
    {
        // Docs: "Impersonate another user" / plug-in CreateOrganizationService(null) runs as SYSTEM, which bypasses privilege checks.
        var owner = _org.AddUser("Owner", _west);
        var account = AccountOwnedBy(owner);

        _org.SystemService.Update(new Entity("account", account) { ["name"] = "by system" });
        _org.ServiceFor(_org.SystemUserId).Delete("account", account);

        Assert.False(_org.Directory.HasPrivilege(_org.SystemUserId, "prvWriteAccount"));
        Assert.Null(_org.Peek("account", account));
    }

    [Fact]
    public void The_system_administrator_role_holds_every_privilege_at_organization_depth_including_the_bypass_privileges()
    {
        // Docs: "Security roles and privileges" — System Administrator has full permission; "Bypass custom Dataverse logic" — it holds both bypass privileges.
        var admin = _org.AddUser("Admin", _west, roles: new[] { StandardRoles.SystemAdministrator });

        Assert.Equal(PrivilegeDepth.Organization, _org.Directory.PrivilegeDepthOf(admin, "prvDeletectier_anything"));
        Assert.True(_org.Directory.HasPrivilege(admin, BusinessLogicBypass.BypassCustomPluginsPrivilege));
        Assert.True(_org.Directory.HasPrivilege(admin, BusinessLogicBypass.BypassCustomBusinessLogicPrivilege));
        Assert.NotNull(_org.Directory.FindRole(StandardRoles.SystemAdministratorName));
        _org.ServiceFor(admin).Delete("account", AccountOwnedBy(_org.AddUser("Elsewhere", _east)));
    }

    [Fact]
    public void The_salesperson_role_works_its_own_and_its_units_sales_records_but_no_custom_table()
    {
        // Docs: "Security roles and privileges" (Salesperson) — approximated by StandardRoles.Salesperson.
        var rep = _org.AddUser("Rep", _east, roles: new[] { StandardRoles.Salesperson });
        var service = _org.ServiceFor(rep);
        var account = service.Create(new Entity("account") { ["name"] = "Own" });
        service.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", account) });
        service.Create(new Entity("task") { ["subject"] = "Call" });
        service.Update(new Entity("account", AccountOwnedBy(_org.AddUser("Colleague", _east))) { ["name"] = "unit" });

        FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () => service.Update(new Entity("account", AccountOwnedBy(_org.AddUser("West", _west))) { ["name"] = "x" }));
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => service.Create(new Entity("ctier_tierchange")));
        Assert.False(_org.Directory.HasPrivilege(rep, BusinessLogicBypass.BypassCustomPluginsPrivilege));
        Assert.True(_org.Directory.HasPrivilege(rep, "prvReadEnvironmentVariableValue"));
    }

    [Fact]
    public void A_refused_write_is_logged_with_the_privilege_denied_code()
    {
        // Docs: "Web service error codes" — the fault reaches the caller with its code.
        var user = _org.AddUser("No role");

        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => _org.ServiceFor(user).Create(new Entity("contact")));

        var call = _org.Calls[_org.Calls.Count - 1];
        Assert.True(call.Failed);
        Assert.Equal(PlatformErrorCodes.PrivilegeDenied, call.FaultCode);
    }
}
