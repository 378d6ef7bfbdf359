using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class QueryOperatorTests
{
    private readonly EmulatedOrganization _org = new();
    private readonly Guid _account = Guid.NewGuid();

    public QueryOperatorTests()
    {
        _org.Seed(new Entity("account", _account) { ["name"] = "Contoso" });
        Opportunity("a", 100m, 1, new DateTime(2025, 1, 10), new DateTime(2025, 1, 10, 23, 0, 0, DateTimeKind.Utc), _account);
        Opportunity("b", 200m, 0, new DateTime(2025, 1, 11), new DateTime(2025, 1, 11, 1, 0, 0, DateTimeKind.Utc), null);
        Opportunity("c", 300m, 2, new DateTime(2025, 1, 12), new DateTime(2025, 1, 12, 12, 0, 0, DateTimeKind.Utc), _account);
        _org.Seed(new Entity("opportunity") { ["name"] = "d" });
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, 200, "b")]
    [InlineData(ConditionOperator.NotEqual, 200, "a,c")]
    [InlineData(ConditionOperator.GreaterThan, 200, "c")]
    [InlineData(ConditionOperator.GreaterEqual, 200, "b,c")]
    [InlineData(ConditionOperator.LessThan, 200, "a")]
    [InlineData(ConditionOperator.LessEqual, 200, "a,b")]
    public void Comparison_operators_compare_money_with_a_number(ConditionOperator op, int value, string expected)
    {
        Assert.Equal(expected, Names(Query(new ConditionExpression("estimatedvalue", op, (decimal)value))));
    }

    [Fact]
    public void Null_and_not_null_test_for_a_value()
    {
        Assert.Equal("b,d", Names(Query(new ConditionExpression("parentaccountid", ConditionOperator.Null))));
        Assert.Equal("a,c", Names(Query(new ConditionExpression("parentaccountid", ConditionOperator.NotNull))));
    }

    [Fact]
    public void In_matches_any_of_the_values_and_equal_matches_a_lookup_by_id()
    {
        Assert.Equal("a,c", Names(Query(new ConditionExpression("statecode", ConditionOperator.In, 1, 2))));
        Assert.Equal("a,c", Names(Query(new ConditionExpression("parentaccountid", ConditionOperator.Equal, _account))));
    }

    [Fact]
    public void Date_operators_on_a_date_only_column_compare_dates()
    {
        Assert.Equal("b", Names(Query(new ConditionExpression("actualclosedate", ConditionOperator.On, new DateTime(2025, 1, 11, 15, 0, 0)))));
        Assert.Equal("a,b", Names(Query(new ConditionExpression("actualclosedate", ConditionOperator.OnOrBefore, new DateTime(2025, 1, 11)))));
        Assert.Equal("b,c", Names(Query(new ConditionExpression("actualclosedate", ConditionOperator.OnOrAfter, new DateTime(2025, 1, 11)))));
        Assert.Equal("b,c", Names(Query(new ConditionExpression("actualclosedate", ConditionOperator.GreaterThan, new DateTime(2025, 1, 10, 18, 0, 0)))));
    }

    [Fact]
    public void Equal_on_a_date_only_column_matches_the_date_whatever_the_time()
    {
        Assert.Equal("b", Names(Query(new ConditionExpression("actualclosedate", ConditionOperator.Equal, new DateTime(2025, 1, 11, 15, 0, 0)))));
    }

    [Fact]
    public void Comparisons_on_a_user_local_column_compare_utc_instants()
    {
        var boundary = new DateTime(2025, 1, 11, 0, 30, 0, DateTimeKind.Utc);

        Assert.Equal("a", Names(Query(new ConditionExpression("estimatedclosedate", ConditionOperator.LessThan, boundary))));
        Assert.Equal("a", Names(Query(new ConditionExpression("estimatedclosedate", ConditionOperator.On, new DateTime(2025, 1, 10)))));
    }

    [Fact]
    public void Nested_and_or_filters_combine()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("estimatedvalue", ConditionOperator.GreaterThan, 50m);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("statecode", ConditionOperator.Equal, 0);
        either.AddCondition("name", ConditionOperator.Equal, "C");

        Assert.Equal("b,c", Names(_org.SystemService.RetrieveMultiple(query)));
    }

    [Fact]
    public void Fetch_spelling_of_each_operator_gives_the_same_rows()
    {
        Assert.Equal("b", Names(Fetch("<condition attribute='estimatedvalue' operator='eq' value='200' />")));
        Assert.Equal("a,c", Names(Fetch("<condition attribute='estimatedvalue' operator='ne' value='200' />")));
        Assert.Equal("c", Names(Fetch("<condition attribute='estimatedvalue' operator='gt' value='200' />")));
        Assert.Equal("b,c", Names(Fetch("<condition attribute='estimatedvalue' operator='ge' value='200' />")));
        Assert.Equal("a", Names(Fetch("<condition attribute='estimatedvalue' operator='lt' value='200' />")));
        Assert.Equal("a,b", Names(Fetch("<condition attribute='estimatedvalue' operator='le' value='200' />")));
        Assert.Equal("b,d", Names(Fetch("<condition attribute='parentaccountid' operator='null' />")));
        Assert.Equal("a,c", Names(Fetch("<condition attribute='parentaccountid' operator='not-null' />")));
        Assert.Equal("a,c", Names(Fetch($"<condition attribute='parentaccountid' operator='eq' value='{{{_account}}}' />")));
        Assert.Equal("a,c", Names(Fetch("<condition attribute='statecode' operator='in'><value>1</value><value>2</value></condition>")));
        Assert.Equal("b", Names(Fetch("<condition attribute='actualclosedate' operator='on' value='2025-01-11' />")));
        Assert.Equal("a,b", Names(Fetch("<condition attribute='actualclosedate' operator='on-or-before' value='2025-01-11' />")));
        Assert.Equal("b,c", Names(Fetch("<condition attribute='actualclosedate' operator='on-or-after' value='2025-01-11' />")));
        Assert.Equal("a,b,d", Names(Fetch("<filter type='or'><condition attribute='name' operator='eq' value='A' /><condition attribute='statecode' operator='eq' value='0' /></filter>")));
    }

    [Fact]
    public void An_unsupported_operator_throws_naming_it()
    {
        var error = Assert.Throws<UnsupportedQueryFeatureException>(() => Query(new ConditionExpression("parentaccountid", ConditionOperator.Under, _account)));
        Assert.Contains("Under", error.Message);

        var fetchError = Assert.Throws<UnsupportedQueryFeatureException>(() => Fetch("<condition attribute='actualclosedate' operator='in-fiscal-year' value='2025' />"));
        Assert.Contains("in-fiscal-year", fetchError.Message);
    }

    [Fact]
    public void A_value_that_cannot_be_compared_with_the_column_fails_like_the_platform()
    {
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => Fetch("<condition attribute='parentaccountid' operator='eq' value='not-a-guid' />"));
    }

    [Fact]
    public void Query_by_attribute_is_an_and_of_equalities()
    {
        var query = new QueryByAttribute("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("parentaccountid", _account);
        query.AddAttributeValue("statecode", 2);

        Assert.Equal("c", Names(_org.SystemService.RetrieveMultiple(query)));
    }

    [Fact]
    public void Orders_sort_ascending_with_nulls_first_or_descending()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("estimatedvalue", OrderType.Ascending);
        Assert.Equal("d,A,b,C", string.Join(",", _org.SystemService.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name"))));

        query.Orders.Clear();
        query.AddOrder("estimatedvalue", OrderType.Descending);
        Assert.Equal("C,b,A,d", string.Join(",", _org.SystemService.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name"))));
    }

    private void Opportunity(string name, decimal value, int state, DateTime closed, DateTime estimated, Guid? parent)
    {
        var opportunity = new Entity("opportunity")
        {
            ["name"] = name == "b" ? name : name.ToUpperInvariant(),
            ["estimatedvalue"] = new Money(value),
            ["statecode"] = new OptionSetValue(state),
            ["actualclosedate"] = closed,
            ["estimatedclosedate"] = estimated,
        };
        if (parent is Guid id)
        {
            opportunity["parentaccountid"] = new EntityReference("account", id);
        }

        _org.Seed(opportunity);
    }

    private EntityCollection Query(ConditionExpression condition)
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(condition);
        return _org.SystemService.RetrieveMultiple(query);
    }

    private EntityCollection Fetch(string filterContent)
    {
        var body = filterContent.StartsWith("<filter", StringComparison.Ordinal) ? filterContent : $"<filter>{filterContent}</filter>";
        return _org.SystemService.RetrieveMultiple(new FetchExpression($"<fetch><entity name='opportunity'><attribute name='name' />{body}</entity></fetch>"));
    }

    /// <summary>Names in lower case, sorted, comma-separated (text compares case-insensitively, as on the platform).</summary>
    private static string Names(EntityCollection rows) =>
        string.Join(",", rows.Entities.Select(e => e.GetAttributeValue<string>("name").ToLowerInvariant()).OrderBy(n => n, StringComparer.Ordinal));
}
