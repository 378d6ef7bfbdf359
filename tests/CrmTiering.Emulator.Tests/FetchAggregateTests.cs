using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class FetchAggregateTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _account;

    public FetchAggregateTests()
    {
        _account = _org.Seed(new Entity("account") { ["name"] = "Contoso" });
        var euro = _org.AddCurrency("EUR", 0.5m);
        Won(100m, 10, null);
        Won(300m, 50, null);
        Won(50m, 50, euro); // 100 in base currency
        _org.Seed(new Entity("opportunity") { ["parentaccountid"] = Account(), ["statecode"] = new OptionSetValue(1) });
    }

    [Fact]
    public void Sum_of_money_in_base_currency_is_money()
    {
        var row = Single(Aggregate("<attribute name='actualvalue_base' aggregate='sum' alias='won' />"));

        var won = row.GetAttributeValue<AliasedValue>("won");
        Assert.Equal(new Money(500m), won.Value);
        Assert.Equal("opportunity", won.EntityLogicalName);
        Assert.Equal("actualvalue_base", won.AttributeLogicalName);
    }

    [Fact]
    public void Count_counts_rows_countcolumn_counts_values_avg_min_max_keep_the_type()
    {
        var row = Single(Aggregate(
            "<attribute name='opportunityid' aggregate='count' alias='rows' />" +
            "<attribute name='actualvalue' aggregate='countcolumn' alias='values' />" +
            "<attribute name='closeprobability' aggregate='countcolumn' distinct='true' alias='probabilities' />" +
            "<attribute name='actualvalue_base' aggregate='avg' alias='average' />" +
            "<attribute name='closeprobability' aggregate='avg' alias='averageprobability' />" +
            "<attribute name='actualvalue_base' aggregate='min' alias='least' />" +
            "<attribute name='actualvalue_base' aggregate='max' alias='most' />"));

        Assert.Equal(4, Value(row, "rows"));
        Assert.Equal(3, Value(row, "values"));
        Assert.Equal(2, Value(row, "probabilities"));
        Assert.Equal(new Money(500m / 3), Value(row, "average"));
        Assert.Equal(36, Value(row, "averageprobability"));
        Assert.Equal(new Money(100m), Value(row, "least"));
        Assert.Equal(new Money(300m), Value(row, "most"));
    }

    [Fact]
    public void Group_by_gives_one_row_per_value_ordered_by_alias()
    {
        var fetch = $@"<fetch aggregate='true'><entity name='opportunity'>
  <attribute name='closeprobability' groupby='true' alias='probability' />
  <attribute name='actualvalue_base' aggregate='sum' alias='total' />
  <filter><condition attribute='closeprobability' operator='not-null' /></filter>
  <order alias='probability' descending='true' />
</entity></fetch>";

        var rows = _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities;

        Assert.Equal(new object[] { 50, 10 }, rows.Select(r => Value(r, "probability")).ToArray());
        Assert.Equal(new object[] { new Money(400m), new Money(100m) }, rows.Select(r => Value(r, "total")).ToArray());
    }

    [Fact]
    public void Group_by_a_lookup_returns_the_reference()
    {
        var rows = _org.SystemService.RetrieveMultiple(new FetchExpression(
            "<fetch aggregate='true'><entity name='opportunity'><attribute name='parentaccountid' groupby='true' alias='account' /><attribute name='opportunityid' aggregate='count' alias='n' /></entity></fetch>")).Entities;

        var row = Assert.Single(rows);
        Assert.Equal(_account, ((EntityReference)Value(row, "account")!).Id);
        Assert.Equal(4, Value(row, "n"));
    }

    [Fact]
    public void An_empty_set_gives_one_row_with_zero_counts_and_null_sums_but_no_groups()
    {
        var filter = "<filter><condition attribute='statecode' operator='eq' value='2' /></filter>";
        var row = Single(Aggregate("<attribute name='actualvalue_base' aggregate='sum' alias='total' /><attribute name='opportunityid' aggregate='count' alias='n' />" + filter));

        Assert.Null(Value(row, "total"));
        Assert.Equal(0, Value(row, "n"));
        Assert.Empty(Aggregate("<attribute name='closeprobability' groupby='true' alias='p' /><attribute name='opportunityid' aggregate='count' alias='n' />" + filter).Entities);
    }

    [Fact]
    public void Aggregates_over_more_than_50000_rows_fail_with_the_platform_fault()
    {
        _org.Seed(Enumerable.Range(0, 50_001).Select(_ => new Entity("invoice") { ["totalamount"] = new Money(1m) }));
        var fetch = "<fetch aggregate='true'><entity name='invoice'><attribute name='totalamount_base' aggregate='sum' alias='total' /></entity></fetch>";

        var fault = FaultAssert.Expect(PlatformErrorCodes.AggregateQueryRecordLimitExceeded, () => _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)));

        Assert.Equal(-2147164125, fault.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }

    [Fact]
    public void Exactly_50000_rows_and_a_lower_aggregatelimit_are_honoured()
    {
        _org.Seed(Enumerable.Range(0, 50_000).Select(_ => new Entity("invoice") { ["totalamount"] = new Money(1m) }));
        var fetch = "<fetch aggregate='true'><entity name='invoice'><attribute name='totalamount_base' aggregate='sum' alias='total' /></entity></fetch>";

        Assert.Equal(new Money(50_000m), Value(Single(_org.SystemService.RetrieveMultiple(new FetchExpression(fetch))), "total"));
        FaultAssert.Expect(
            PlatformErrorCodes.AggregateQueryRecordLimitExceeded,
            () => _org.SystemService.RetrieveMultiple(new FetchExpression(fetch.Replace("aggregate='true'", "aggregate='true' aggregatelimit='10'"))));
    }

    [Fact]
    public void Aggregates_can_sum_a_linked_table()
    {
        var fetch = $@"<fetch aggregate='true'><entity name='account'>
  <attribute name='accountid' groupby='true' alias='id' />
  <filter><condition attribute='accountid' operator='eq' value='{_account}' /></filter>
  <link-entity name='opportunity' from='parentaccountid' to='accountid' alias='o'>
    <attribute name='actualvalue_base' aggregate='sum' alias='won' />
  </link-entity>
</entity></fetch>";

        Assert.Equal(new Money(500m), Value(Single(_org.SystemService.RetrieveMultiple(new FetchExpression(fetch))), "won"));
    }

    private void Won(decimal amount, int probability, Guid? currency)
    {
        var opportunity = new Entity("opportunity")
        {
            ["parentaccountid"] = Account(),
            ["statecode"] = new OptionSetValue(1),
            ["actualvalue"] = new Money(amount),
            ["closeprobability"] = probability,
        };
        if (currency is Guid id)
        {
            opportunity["transactioncurrencyid"] = new EntityReference("transactioncurrency", id);
        }

        _org.Seed(opportunity);
    }

    private EntityReference Account() => new("account", _account);

    private EntityCollection Aggregate(string content) => _org.SystemService.RetrieveMultiple(new FetchExpression(
        $"<fetch aggregate='true'><entity name='opportunity'>{content}</entity></fetch>"));

    private static Entity Single(EntityCollection rows) => Assert.Single(rows.Entities);

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias).Value;
}
