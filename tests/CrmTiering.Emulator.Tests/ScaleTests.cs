using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class ScaleTests
{
    [Fact]
    public void A_hundred_thousand_seeded_rows_answer_a_lookup_query_for_one_parent()
    {
        var org = new EmulatedOrganization();
        var accounts = Enumerable.Range(0, 10).Select(i => org.Seed(new Entity("account") { ["name"] = "a" + i })).ToArray();
        org.Seed(Enumerable.Range(0, 100_000).Select(i => new Entity("opportunity")
        {
            ["parentaccountid"] = new EntityReference("account", accounts[i % 10]),
            ["statecode"] = new OptionSetValue(1),
            ["actualvalue"] = new Money(1m),
        }));

        var fetch = $@"<fetch aggregate='true'><entity name='opportunity'>
  <attribute name='actualvalue_base' aggregate='sum' alias='won' />
  <filter><condition attribute='parentaccountid' operator='eq' value='{accounts[3]}' /><condition attribute='statecode' operator='eq' value='1' /></filter>
</entity></fetch>";
        var first = org.SystemService.RetrieveMultiple(new FetchExpression(fetch));
        org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", accounts[3]), ["statecode"] = new OptionSetValue(1), ["actualvalue"] = new Money(5m) });
        var second = org.SystemService.RetrieveMultiple(new FetchExpression(fetch));

        Assert.Equal(100_001, org.CountRows("opportunity"));
        Assert.Equal(new Money(10_000m), first.Entities[0].GetAttributeValue<AliasedValue>("won").Value);
        Assert.Equal(new Money(10_005m), second.Entities[0].GetAttributeValue<AliasedValue>("won").Value);
    }
}
