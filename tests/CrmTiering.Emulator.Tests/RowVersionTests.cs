using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// Every retrieved row carries its RowVersion, and versionnumber can be read through a join, so a
/// plugin can write with IfRowVersionMatches whichever way it read the row ("Optimistic concurrency",
/// learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public class RowVersionTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _account;
    private readonly Guid _opportunity;

    public RowVersionTests()
    {
        _account = _org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });
        _org.SystemService.Update(new Entity("account", _account) { ["name"] = "Contoso Ltd" });
        _opportunity = _org.SystemService.Create(new Entity("opportunity") { ["name"] = "Deal", ["parentaccountid"] = new EntityReference("account", _account) });
    }

    private string StoredVersion(string table, Guid id) => _org.Peek(table, id)!.RowVersion;

    [Fact]
    public void Retrieve_returns_the_row_version()
    {
        var row = _org.SystemService.Retrieve("account", _account, new ColumnSet("name"));

        Assert.Equal(StoredVersion("account", _account), row.RowVersion);
    }

    [Fact]
    public void A_query_expression_returns_each_rows_version()
    {
        var rows = _org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.Equal(StoredVersion("account", _account), Assert.Single(rows.Entities).RowVersion);
    }

    [Fact]
    public void A_fetch_query_returns_each_rows_version()
    {
        var rows = _org.SystemService.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>"));

        Assert.Equal(StoredVersion("account", _account), Assert.Single(rows.Entities).RowVersion);
    }

    [Fact]
    public void Versionnumber_of_a_linked_row_comes_back_as_an_aliased_long_equal_to_its_row_version()
    {
        var fetch = $@"<fetch>
  <entity name='opportunity'>
    <attribute name='name' />
    <filter><condition attribute='opportunityid' operator='eq' value='{_opportunity}' /></filter>
    <link-entity name='account' from='accountid' to='parentaccountid' alias='acc'>
      <attribute name='versionnumber' />
      <attribute name='name' alias='accountname' />
    </link-entity>
  </entity>
</fetch>";

        var row = Assert.Single(_org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities);

        var version = row.GetAttributeValue<AliasedValue>("acc.versionnumber");
        Assert.Equal("versionnumber", version.AttributeLogicalName);
        Assert.IsType<long>(version.Value);
        Assert.Equal(StoredVersion("account", _account), ((long)version.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(StoredVersion("opportunity", _opportunity), row.RowVersion);
    }

    [Fact]
    public void A_linked_rows_version_is_good_for_an_if_row_version_matches_update()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddLink("account", "parentaccountid", "accountid").EntityAlias = "acc";
        query.LinkEntities[0].Columns = new ColumnSet("versionnumber");
        var version = (long)Assert.Single(_org.SystemService.RetrieveMultiple(query).Entities).GetAttributeValue<AliasedValue>("acc.versionnumber").Value;

        _org.SystemService.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateRequest
        {
            Target = new Entity("account", _account) { ["name"] = "Checked", RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Equal("Checked", _org.Peek("account", _account)!["name"]);
    }
}
