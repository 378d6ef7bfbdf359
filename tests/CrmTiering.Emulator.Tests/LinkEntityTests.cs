using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class LinkEntityTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _contoso;
    private readonly Guid _opportunity;

    public LinkEntityTests()
    {
        _contoso = _org.Seed(new Entity("account") { ["name"] = "Contoso", ["revenue"] = new Money(5m) });
        _opportunity = _org.Seed(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = new EntityReference("account", _contoso) });
        _org.Seed(new Entity("opportunity") { ["name"] = "Orphan" });
        _org.Seed(new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", _opportunity), ["subject"] = "Won" });
    }

    [Fact]
    public void Inner_link_keeps_matching_rows_and_returns_aliased_columns()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("account", "parentaccountid", "accountid");
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name", "revenue");

        var rows = _org.SystemService.RetrieveMultiple(query).Entities;

        var row = Assert.Single(rows);
        var name = row.GetAttributeValue<AliasedValue>("acc.name");
        Assert.Equal("account", name.EntityLogicalName);
        Assert.Equal("name", name.AttributeLogicalName);
        Assert.Equal("Contoso", name.Value);
        Assert.Equal(new Money(5m), row.GetAttributeValue<AliasedValue>("acc.revenue").Value);
    }

    [Fact]
    public void Outer_link_keeps_rows_without_a_match()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "parentaccountid", "accountid", JoinOperator.LeftOuter).Columns = new ColumnSet("name");

        var rows = _org.SystemService.RetrieveMultiple(query).Entities;

        Assert.Equal(2, rows.Count);
        Assert.False(rows.Single(r => (string)r["name"] == "Orphan").Contains("account1.name"));
        Assert.Equal("Contoso", rows.Single(r => (string)r["name"] == "Deal").GetAttributeValue<AliasedValue>("account1.name").Value);
    }

    [Fact]
    public void Conditions_can_name_a_linked_table_and_link_criteria_filter_the_join()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("account", "parentaccountid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        query.Criteria.AddCondition("acc", "name", ConditionOperator.Null);

        Assert.Equal("Orphan", Assert.Single(_org.SystemService.RetrieveMultiple(query).Entities)["name"]);

        var filtered = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        filtered.AddLink("account", "parentaccountid", "accountid").LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Fabrikam");
        Assert.Empty(_org.SystemService.RetrieveMultiple(filtered).Entities);
    }

    [Fact]
    public void Fetch_link_entity_from_the_opportunity_close_finds_the_account()
    {
        var fetch = $@"<fetch>
  <entity name='opportunityclose'>
    <attribute name='subject' />
    <filter><condition attribute='opportunityid' operator='eq' value='{_opportunity}' /></filter>
    <link-entity name='opportunity' from='opportunityid' to='opportunityid' alias='opp'>
      <attribute name='parentaccountid' />
      <link-entity name='account' from='accountid' to='parentaccountid' link-type='outer' alias='acc'>
        <attribute name='name' alias='accountname' />
      </link-entity>
    </link-entity>
  </entity>
</fetch>";

        var row = Assert.Single(_org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities);

        Assert.Equal(_contoso, ((EntityReference)row.GetAttributeValue<AliasedValue>("opp.parentaccountid").Value).Id);
        Assert.Equal("Contoso", row.GetAttributeValue<AliasedValue>("accountname").Value);
    }

    [Fact]
    public void A_one_to_many_link_gives_one_row_per_child()
    {
        _org.Seed(new Entity("opportunity") { ["name"] = "Second", ["parentaccountid"] = new EntityReference("account", _contoso) });
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("opportunity", "accountid", "parentaccountid").Columns = new ColumnSet("name");

        var names = _org.SystemService.RetrieveMultiple(query).Entities.Select(e => (string)e.GetAttributeValue<AliasedValue>("opportunity1.name").Value).OrderBy(n => n);

        Assert.Equal(new[] { "Deal", "Second" }, names);
    }

    [Fact]
    public void Other_join_operators_are_refused_by_name()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "parentaccountid", "accountid", JoinOperator.MatchFirstRowUsingCrossApply);

        var error = Assert.Throws<UnsupportedQueryFeatureException>(() => _org.SystemService.RetrieveMultiple(query));
        Assert.Contains("MatchFirstRowUsingCrossApply", error.Message);
    }
}
