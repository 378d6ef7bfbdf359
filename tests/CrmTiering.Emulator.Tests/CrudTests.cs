using System;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class CrudTests
{
    private readonly ManualClock _clock = new(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc));
    private readonly EmulatedOrganization _org;

    public CrudTests()
    {
        _org = new EmulatedOrganization(new EmulatorOptions { Clock = _clock });
    }

    [Fact]
    public void Create_stamps_id_dates_owner_state_and_row_version()
    {
        var rep = _org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });

        var id = _org.ServiceFor(rep).Create(new Entity("account") { ["name"] = "Contoso" });

        var stored = _org.Peek("account", id)!;
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(id, stored["accountid"]);
        Assert.Equal(_clock.UtcNow, stored["createdon"]);
        Assert.Equal(_clock.UtcNow, stored["modifiedon"]);
        Assert.Equal(new EntityReference("systemuser", rep), stored["ownerid"]);
        Assert.Equal(_org.RootBusinessUnitId, stored.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(0, stored.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, stored.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(string.IsNullOrEmpty(stored.RowVersion));
    }

    [Fact]
    public void Create_keeps_a_given_id_and_rejects_it_twice()
    {
        var id = Guid.NewGuid();
        _org.SystemService.Create(new Entity("account", id));

        FaultAssert.Expect(PlatformErrorCodes.DuplicateRecord, () => _org.SystemService.Create(new Entity("account", id)));
    }

    [Fact]
    public void Create_picks_the_default_status_of_a_given_state()
    {
        var id = _org.SystemService.Create(new Entity("invoice") { ["statecode"] = new OptionSetValue(2) });

        Assert.Equal(100001, _org.Peek("invoice", id)!.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Retrieve_returns_only_requested_columns_that_have_a_value()
    {
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });

        var account = _org.SystemService.Retrieve("account", id, new ColumnSet("name", "revenue"));

        Assert.Equal(id, account.Id);
        Assert.Equal("Contoso", account["name"]);
        Assert.False(account.Contains("telephone1"));
        Assert.False(account.Contains("revenue"));
        Assert.False(account.Contains("createdon"));
    }

    [Fact]
    public void Update_merges_columns_clears_nulls_and_gives_a_new_row_version()
    {
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555" });
        var before = _org.Peek("account", id)!;
        _clock.Advance(TimeSpan.FromHours(1));

        _org.SystemService.Update(new Entity("account", id) { ["name"] = "Fabrikam", ["telephone1"] = null });

        var after = _org.Peek("account", id)!;
        Assert.Equal("Fabrikam", after["name"]);
        Assert.False(after.Contains("telephone1"));
        Assert.Equal(before["createdon"], after["createdon"]);
        Assert.Equal(_clock.UtcNow, after["modifiedon"]);
        Assert.NotEqual(before.RowVersion, after.RowVersion);
    }

    [Fact]
    public void Delete_removes_the_row()
    {
        var id = _org.SystemService.Create(new Entity("account"));

        _org.SystemService.Delete("account", id);

        Assert.Null(_org.Peek("account", id));
    }

    [Fact]
    public void Missing_rows_fail_with_object_does_not_exist()
    {
        var id = Guid.NewGuid();

        var fault = FaultAssert.Expect(PlatformErrorCodes.ObjectDoesNotExist, () => _org.SystemService.Retrieve("account", id, new ColumnSet("name")));
        FaultAssert.Expect(PlatformErrorCodes.ObjectDoesNotExist, () => _org.SystemService.Update(new Entity("account", id) { ["name"] = "x" }));
        FaultAssert.Expect(PlatformErrorCodes.ObjectDoesNotExist, () => _org.SystemService.Delete("account", id));
        Assert.Equal($"account With Id = {id} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Changing_a_callers_entity_never_changes_the_stored_row()
    {
        var sent = new Entity("account") { ["name"] = "Contoso", ["revenue"] = new Money(10m) };
        var id = _org.SystemService.Create(sent);
        sent["name"] = "Changed";
        sent.GetAttributeValue<Money>("revenue").Value = 99m;

        var read = _org.SystemService.Retrieve("account", id, new ColumnSet("name", "revenue"));
        read.GetAttributeValue<Money>("revenue").Value = 42m;

        var stored = _org.Peek("account", id)!;
        Assert.Equal("Contoso", stored["name"]);
        Assert.Equal(10m, stored.GetAttributeValue<Money>("revenue").Value);
    }

    [Fact]
    public void Execute_returns_the_typed_responses()
    {
        var created = (CreateResponse)_org.SystemService.Execute(new CreateRequest { Target = new Entity("account") { ["name"] = "A" } });
        var retrieved = (RetrieveResponse)_org.SystemService.Execute(new RetrieveRequest { Target = new EntityReference("account", created.id), ColumnSet = new ColumnSet("name") });

        Assert.Equal("A", retrieved.Entity["name"]);
    }

    [Fact]
    public void An_unsupported_request_throws_an_exception_naming_it()
    {
        var error = Assert.Throws<UnsupportedRequestException>(() => _org.SystemService.Execute(new OrganizationRequest("RetrieveCurrentOrganization")));

        Assert.Equal("RetrieveCurrentOrganization", error.RequestName);
        Assert.Contains("RetrieveCurrentOrganization", error.Message);
    }

    [Fact]
    public void Date_only_columns_keep_the_date_and_user_local_ones_become_utc()
    {
        var local = new DateTime(2025, 2, 10, 23, 30, 0, DateTimeKind.Unspecified);
        var id = _org.SystemService.Create(new Entity("opportunity") { ["actualclosedate"] = local, ["estimatedclosedate"] = local });

        var stored = _org.Peek("opportunity", id)!;
        Assert.Equal(new DateTime(2025, 2, 10), stored.GetAttributeValue<DateTime>("actualclosedate"));
        Assert.Equal(DateTimeKind.Utc, stored.GetAttributeValue<DateTime>("estimatedclosedate").Kind);
        Assert.Equal(local.TimeOfDay, stored.GetAttributeValue<DateTime>("estimatedclosedate").TimeOfDay);
    }

    [Fact]
    public void Organisations_share_nothing()
    {
        var other = new EmulatedOrganization();
        var id = _org.SystemService.Create(new Entity("account"));

        Assert.Null(other.Peek("account", id));
        Assert.NotEqual(_org.SystemUserId, other.SystemUserId);
    }
}
