using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class SecurityTests
{
    private readonly EmulatedOrganization org = new();
    private readonly Guid east;
    private readonly Guid rep;
    private readonly Guid colleague;
    private readonly Guid outsider;
    private readonly Guid team;

    public SecurityTests()
    {
        east = org.AddBusinessUnit("East");
        var west = org.AddBusinessUnit("West");
        rep = org.AddUser("Rep", east);
        colleague = org.AddUser("Colleague", east);
        outsider = org.AddUser("Outsider", west);
        team = org.AddTeam("Key accounts", west, rep);
        Owned("mine", rep);
        Owned("colleague's", colleague);
        Owned("outsider's", outsider);
        Owned("team's", team, "team");
    }

    [Theory]
    [InlineData(ReadDepth.User, "mine,team's")]
    [InlineData(ReadDepth.BusinessUnit, "colleague's,mine,team's")]
    [InlineData(ReadDepth.Organization, "colleague's,mine,outsider's,team's")]
    [InlineData(ReadDepth.None, "")]
    public void A_user_sees_the_rows_their_read_depth_allows(ReadDepth depth, string expected)
    {
        org.SetReadDepth(rep, "opportunity", depth);

        Assert.Equal(expected, Names(org.ServiceFor(rep)));
    }

    [Fact]
    public void System_sees_every_row_whatever_the_depths()
    {
        org.Directory.DefaultReadDepth = ReadDepth.None;

        Assert.Equal("colleague's,mine,outsider's,team's", Names(org.SystemService));
    }

    [Fact]
    public void Retrieving_a_row_the_user_may_not_read_fails_with_access_denied()
    {
        org.SetReadDepth(rep, "opportunity", ReadDepth.BusinessUnit);
        var hidden = org.SystemService.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") })
            .Entities.Single(e => (string)e["name"] == "outsider's").Id;

        var fault = FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () => org.ServiceFor(rep).Retrieve("opportunity", hidden, new ColumnSet("name")));

        Assert.Contains(hidden.ToString(), fault.Message);
        Assert.Equal("outsider's", org.SystemService.Retrieve("opportunity", hidden, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Linked_rows_are_filtered_by_the_users_access_too()
    {
        org.SetReadDepth(rep, "account", ReadDepth.User);
        var account = org.SystemService.Create(new Entity("account") { ["name"] = "Elsewhere", ["ownerid"] = new EntityReference("systemuser", outsider) });
        org.SystemService.Create(new Entity("opportunity") { ["name"] = "linked", ["parentaccountid"] = new EntityReference("account", account), ["ownerid"] = new EntityReference("systemuser", rep) });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "parentaccountid", "accountid");

        Assert.Empty(org.ServiceFor(rep).RetrieveMultiple(query).Entities);
        Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);
    }

    [Fact]
    public void Users_managers_business_units_and_disabled_flags_are_rows_plugins_can_read()
    {
        var manager = org.AddUser("Manager", east, disabled: true);
        var user = org.AddUser("Report", east, managerId: manager);

        var row = org.SystemService.Retrieve("systemuser", user, new ColumnSet("parentsystemuserid", "businessunitid", "isdisabled"));
        var managerRow = org.SystemService.Retrieve("systemuser", manager, new ColumnSet("isdisabled"));

        Assert.Equal(manager, row.GetAttributeValue<EntityReference>("parentsystemuserid").Id);
        Assert.Equal(east, row.GetAttributeValue<EntityReference>("businessunitid").Id);
        Assert.False(row.GetAttributeValue<bool>("isdisabled"));
        Assert.True(managerRow.GetAttributeValue<bool>("isdisabled"));
    }

    private void Owned(string name, Guid owner, string ownerTable = "systemuser") =>
        org.SystemService.Create(new Entity("opportunity") { ["name"] = name, ["ownerid"] = new EntityReference(ownerTable, owner) });

    private static string Names(IOrganizationService service) => string.Join(
        ",",
        service.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => (string)e["name"]).OrderBy(n => n, StringComparer.Ordinal));
}
