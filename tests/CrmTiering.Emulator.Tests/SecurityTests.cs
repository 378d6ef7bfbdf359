using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class SecurityTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _east;
    private readonly Guid _rep;
    private readonly Guid _colleague;
    private readonly Guid _outsider;
    private readonly Guid _team;

    public SecurityTests()
    {
        _east = _org.AddBusinessUnit("East");
        var west = _org.AddBusinessUnit("West");
        _rep = _org.AddUser("Rep", _east);
        _colleague = _org.AddUser("Colleague", _east);
        _outsider = _org.AddUser("Outsider", west);
        _team = _org.AddTeam("Key accounts", west, _rep);
        Owned("mine", _rep);
        Owned("colleague's", _colleague);
        Owned("outsider's", _outsider);
        Owned("team's", _team, "team");
    }

    [Theory]
    [InlineData(ReadDepth.User, "mine,team's")]
    [InlineData(ReadDepth.BusinessUnit, "colleague's,mine,team's")]
    [InlineData(ReadDepth.Organization, "colleague's,mine,outsider's,team's")]
    [InlineData(ReadDepth.None, "")]
    public void A_user_sees_the_rows_their_read_depth_allows(ReadDepth depth, string expected)
    {
        _org.SetReadDepth(_rep, "opportunity", depth);

        Assert.Equal(expected, Names(_org.ServiceFor(_rep)));
    }

    [Fact]
    public void System_sees_every_row_whatever_the_depths()
    {
        _org.Directory.DefaultReadDepth = ReadDepth.None;

        Assert.Equal("colleague's,mine,outsider's,team's", Names(_org.SystemService));
    }

    [Fact]
    public void Retrieving_a_row_the_user_may_not_read_fails_with_access_denied()
    {
        _org.SetReadDepth(_rep, "opportunity", ReadDepth.BusinessUnit);
        var hidden = _org.SystemService.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") })
            .Entities.Single(e => (string)e["name"] == "outsider's").Id;

        var fault = FaultAssert.Expect(PlatformErrorCodes.AccessDenied, () => _org.ServiceFor(_rep).Retrieve("opportunity", hidden, new ColumnSet("name")));

        Assert.Contains(hidden.ToString(), fault.Message);
        Assert.Equal("outsider's", _org.SystemService.Retrieve("opportunity", hidden, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Linked_rows_are_filtered_by_the_users_access_too()
    {
        _org.SetReadDepth(_rep, "account", ReadDepth.User);
        var account = _org.SystemService.Create(new Entity("account") { ["name"] = "Elsewhere", ["ownerid"] = new EntityReference("systemuser", _outsider) });
        _org.SystemService.Create(new Entity("opportunity") { ["name"] = "linked", ["parentaccountid"] = new EntityReference("account", account), ["ownerid"] = new EntityReference("systemuser", _rep) });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "parentaccountid", "accountid");

        Assert.Empty(_org.ServiceFor(_rep).RetrieveMultiple(query).Entities);
        Assert.Single(_org.SystemService.RetrieveMultiple(query).Entities);
    }

    [Fact]
    public void Users_managers_business_units_and_disabled_flags_are_rows_plugins_can_read()
    {
        var manager = _org.AddUser("Manager", _east, disabled: true);
        var user = _org.AddUser("Report", _east, managerId: manager);

        var row = _org.SystemService.Retrieve("systemuser", user, new ColumnSet("parentsystemuserid", "businessunitid", "isdisabled"));
        var managerRow = _org.SystemService.Retrieve("systemuser", manager, new ColumnSet("isdisabled"));

        Assert.Equal(manager, row.GetAttributeValue<EntityReference>("parentsystemuserid").Id);
        Assert.Equal(_east, row.GetAttributeValue<EntityReference>("businessunitid").Id);
        Assert.False(row.GetAttributeValue<bool>("isdisabled"));
        Assert.True(managerRow.GetAttributeValue<bool>("isdisabled"));
    }

    private void Owned(string name, Guid owner, string ownerTable = "systemuser") =>
        _org.SystemService.Create(new Entity("opportunity") { ["name"] = name, ["ownerid"] = new EntityReference(ownerTable, owner) });

    private static string Names(IOrganizationService service) => string.Join(
        ",",
        service.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") })
            .Entities.Select(e => (string)e["name"]).OrderBy(n => n, StringComparer.Ordinal));
}
