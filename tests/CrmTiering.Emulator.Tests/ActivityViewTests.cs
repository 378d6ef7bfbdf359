using System;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class ActivityViewTests
{
    private readonly EmulatedOrganization _org = new();

    [Fact]
    public void Activitypointer_shows_every_activity_table_with_its_type()
    {
        var account = _org.Seed(new Entity("account"));
        var regarding = new EntityReference("account", account);
        var completed = new DateTime(2025, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        _org.Seed(new Entity("task") { ["regardingobjectid"] = regarding, ["statecode"] = new OptionSetValue(1), ["actualend"] = completed });
        var close = _org.Seed(new Entity("opportunityclose") { ["regardingobjectid"] = regarding, ["statecode"] = new OptionSetValue(1), ["actualend"] = completed.AddDays(3) });
        _org.Seed(new Entity("task") { ["statecode"] = new OptionSetValue(1), ["actualend"] = completed.AddDays(9) });

        var fetch = $@"<fetch aggregate='true'><entity name='activitypointer'>
  <attribute name='actualend' aggregate='max' alias='last' />
  <filter><condition attribute='regardingobjectid' operator='eq' value='{account}' /><condition attribute='statecode' operator='eq' value='1' /></filter>
</entity></fetch>";
        var last = _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities[0].GetAttributeValue<AliasedValue>("last");
        var row = _org.SystemService.Retrieve("activitypointer", close, new ColumnSet("activitytypecode"));

        Assert.Equal(completed.AddDays(3), last.Value);
        Assert.Equal("activitypointer", row.LogicalName);
        Assert.Equal("opportunityclose", row["activitytypecode"]);
    }

    [Fact]
    public void Activitypointer_cannot_be_written_directly()
    {
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.Create(new Entity("activitypointer")));
    }
}
