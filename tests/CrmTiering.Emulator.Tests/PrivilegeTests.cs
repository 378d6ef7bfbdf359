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
    private readonly EmulatedOrganization org = new();
    private readonly Guid east;
    private readonly Guid eastNorth;
    private readonly Guid west;

    public PrivilegeTests()
    {
        east = org.AddBusinessUnit("East");
        eastNorth = org.AddBusinessUnit("East North", east);
        west = org.AddBusinessUnit("West");
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
        var user = org.AddUser("User", unit);
        org.AssignRole(user, org.AddRole("Role " + Guid.NewGuid(), Privileges(privileges)));
        return user;
    }

    private Guid AccountOwnedBy(Guid owner, string ownerTable = "systemuser") =>
        org.Seed(new Entity("account") { ["name"] = "A", ["ownerid"] = new EntityReference(ownerTable, owner) });

    [Fact]
    public void A_user_without_any_role_may_read_but_not_create_an_account_and_the_fault_names_user_privilege_and_table()
    {
        // Docs: "Security roles and privileges" (a user needs a role to do anything); "Web service error codes" (PrivilegeDenied 0x80040220).
        var user = org.AddUser("No role");
        var account = org.Seed(new Entity("account") { ["name"] = "Seen" });

        Assert.NotNull(org.ServiceFor(user).Retrieve("account", account, new ColumnSet("name")));
        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Create(new Entity("account")));

        Assert.Equal(-2147220960, PlatformErrorCodes.PrivilegeDenied);
        Assert.Contains($"Id={user}", fault.Message);
        Assert.Contains("prvCreateAccount", fault.Message);
        Assert.Contains("OTC=1 for entity 'account'", fault.Message);
        Assert.Equal(1, org.CountRows("account"));
    }

    [Fact]
    public void Update_needs_the_write_privilege_and_delete_the_delete_privilege_of_the_table()
    {
        // Docs: "Security roles and privileges" — Write and Delete are separate privileges.
        var user = UserWith(east, ("prvCreateAccount", PrivilegeDepth.User));
        var account = org.ServiceFor(user).Create(new Entity("account") { ["name"] = "Mine" });

        var write = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Update(new Entity("account", account) { ["name"] = "Renamed" }));
        var delete = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Delete("account", account));

        Assert.Contains("prvWriteAccount", write.Message);
        Assert.Contains("prvDeleteAccount", delete.Message);
        Assert.Equal("Mine", org.Peek("account", account)!["name"]);
    }

    [Fact]
    public void User_depth_reaches_rows_the_user_or_one_of_their_teams_owns_and_nothing_else()
    {
        // Docs: "Security roles and privileges" — User (Basic): records the user owns, objects shared with the user or owned by their teams.
        var user = UserWith(east, ("prvWriteAccount", PrivilegeDepth.User));
        var team = org.AddTeam("Key accounts", east, user);
        var colleague = org.AddUser("Colleague", east);
        var service = org.ServiceFor(user);

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
        var user = UserWith(east, ("prvDeleteAccount", depth));
        var service = org.ServiceFor(user);

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
        Assert.Equal(sameUnit, Deletes(org.AddUser("Same unit", east)));
        Assert.Equal(childUnit, Deletes(org.AddUser("Child unit", eastNorth)));
        Assert.Equal(otherUnit, Deletes(org.AddUser("Other unit", west)));
    }

    [Fact]
    public void Creating_a_row_for_another_owner_needs_a_depth_that_reaches_that_owner()
    {
        // Docs: "Security roles and privileges" — the depth applies to the record being created, owner included.
        var user = UserWith(east, ("prvCreateAccount", PrivilegeDepth.User));
        var colleague = org.AddUser("Colleague", east);

        FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () =>
            org.ServiceFor(user).Create(new Entity("account") { ["ownerid"] = new EntityReference("systemuser", colleague) }));
        org.AssignRole(user, org.AddRole("Unit creator", Privileges(("prvCreateAccount", PrivilegeDepth.BusinessUnit))));
        org.ServiceFor(user).Create(new Entity("account") { ["ownerid"] = new EntityReference("systemuser", colleague) });
    }

    [Fact]
    public void An_organization_owned_table_is_written_at_any_depth_and_a_custom_table_uses_its_logical_name_in_the_privilege()
    {
        // Docs: "Security roles and privileges" — organization-owned tables have only None or Organization access; custom privileges are prv{Action}{schema}.
        var user = UserWith(west, ("prvCreatectier_tierchange", PrivilegeDepth.User));
        org.ServiceFor(user).Create(new Entity("ctier_tierchange"));

        var fault = FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Create(new Entity("ctier_other")));

        Assert.Contains("prvCreatectier_other", fault.Message);
    }

    [Fact]
    public void Every_activity_table_needs_the_shared_activity_privileges()
    {
        // Docs: "ActivityPointer (activity) entity privileges" — one prvCreateActivity for task, opportunityclose, …
        Assert.Equal("prvCreateActivity", org.Tables.Get("task").PrivilegeName(PrivilegeAction.Create));
        Assert.Equal("prvWriteActivity", org.Tables.Get("opportunityclose").PrivilegeName(PrivilegeAction.Write));
        Assert.Equal("prvReadUser", org.Tables.Get("systemuser").PrivilegeName(PrivilegeAction.Read));
        Assert.Equal("prvCreatesomething_new", org.Tables.Get("something_new").PrivilegeName(PrivilegeAction.Create));
        var user = UserWith(east, ("prvCreateActivity", PrivilegeDepth.User));

        org.ServiceFor(user).Create(new Entity("task") { ["subject"] = "Call" });
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Create(new Entity("account")));
    }

    [Fact]
    public void Privileges_of_several_roles_add_up_and_the_deepest_level_wins()
    {
        // Docs: "Security roles and privileges" — a user with several roles has the union of their privileges.
        var user = UserWith(east, ("prvWriteAccount", PrivilegeDepth.User));
        org.AssignRole(user, org.AddRole("Wide", Privileges(("prvWriteAccount", PrivilegeDepth.Organization), ("prvCreateContact", PrivilegeDepth.User))));

        Assert.Equal(PrivilegeDepth.Organization, org.Directory.PrivilegeDepthOf(user, "prvWriteAccount"));
        Assert.True(org.Directory.HasPrivilege(user, "prvcreatecontact"));
        Assert.False(org.Directory.HasPrivilege(user, "prvDeleteAccount"));
        org.ServiceFor(user).Update(new Entity("account", AccountOwnedBy(org.AddUser("Far", west))) { ["name"] = "x" });
    }

    [Fact]
    public void System_is_never_checked_whoever_owns_the_row()
    {
        // Docs: "Impersonate another user" / plug-in CreateOrganizationService(null) runs as SYSTEM, which bypasses privilege checks.
        var owner = org.AddUser("Owner", west);
        var account = AccountOwnedBy(owner);

        org.SystemService.Update(new Entity("account", account) { ["name"] = "by system" });
        org.ServiceFor(org.SystemUserId).Delete("account", account);

        Assert.False(org.Directory.HasPrivilege(org.SystemUserId, "prvWriteAccount"));
        Assert.Null(org.Peek("account", account));
    }

    [Fact]
    public void The_system_administrator_role_holds_every_privilege_at_organization_depth_including_the_bypass_privileges()
    {
        // Docs: "Security roles and privileges" — System Administrator has full permission; "Bypass custom Dataverse logic" — it holds both bypass privileges.
        var admin = org.AddUser("Admin", west, roles: new[] { StandardRoles.SystemAdministrator });

        Assert.Equal(PrivilegeDepth.Organization, org.Directory.PrivilegeDepthOf(admin, "prvDeletectier_anything"));
        Assert.True(org.Directory.HasPrivilege(admin, BusinessLogicBypass.BypassCustomPluginsPrivilege));
        Assert.True(org.Directory.HasPrivilege(admin, BusinessLogicBypass.BypassCustomBusinessLogicPrivilege));
        Assert.NotNull(org.Directory.FindRole(StandardRoles.SystemAdministratorName));
        org.ServiceFor(admin).Delete("account", AccountOwnedBy(org.AddUser("Elsewhere", east)));
    }

    [Fact]
    public void The_salesperson_role_works_its_own_and_its_units_sales_records_but_no_custom_table()
    {
        // Docs: "Security roles and privileges" (Salesperson) — approximated by StandardRoles.Salesperson.
        var rep = org.AddUser("Rep", east, roles: new[] { StandardRoles.Salesperson });
        var service = org.ServiceFor(rep);
        var account = service.Create(new Entity("account") { ["name"] = "Own" });
        service.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", account) });
        service.Create(new Entity("task") { ["subject"] = "Call" });
        service.Update(new Entity("account", AccountOwnedBy(org.AddUser("Colleague", east))) { ["name"] = "unit" });

        FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () => service.Update(new Entity("account", AccountOwnedBy(org.AddUser("West", west))) { ["name"] = "x" }));
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => service.Create(new Entity("ctier_tierchange")));
        Assert.False(org.Directory.HasPrivilege(rep, BusinessLogicBypass.BypassCustomPluginsPrivilege));
        Assert.True(org.Directory.HasPrivilege(rep, "prvReadEnvironmentVariableValue"));
    }

    [Fact]
    public void A_refused_write_is_logged_with_the_privilege_denied_code()
    {
        // Docs: "Web service error codes" — the fault reaches the caller with its code.
        var user = org.AddUser("No role");

        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Create(new Entity("contact")));

        var call = org.Calls[org.Calls.Count - 1];
        Assert.True(call.Failed);
        Assert.Equal(PlatformErrorCodes.PrivilegeDenied, call.FaultCode);
    }
}
