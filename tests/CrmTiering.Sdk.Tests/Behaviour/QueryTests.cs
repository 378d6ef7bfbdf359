using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Sdk.Tests.Behaviour;

/// <summary>Query object defaults and overload binding, as sdk-surface.md §5 states them.</summary>
public class QueryTests
{
    [Fact]
    public void QueryExpression_starts_with_an_And_filter_an_empty_column_set_and_default_paging()
    {
        var query = new QueryExpression("account");

        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(0, query.PageInfo.Count);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void QueryByAttribute_with_an_entity_name_leaves_columns_and_paging_null()
    {
        Assert.Null(new QueryByAttribute("account").ColumnSet);
        Assert.NotNull(new QueryByAttribute().ColumnSet);
    }

    [Fact]
    public void A_single_value_condition_stores_one_value_and_a_collection_stores_its_items()
    {
        var single = new ConditionExpression("statecode", ConditionOperator.Equal, 1);
        var many = new ConditionExpression("statecode", ConditionOperator.In, new[] { 1, 2 });
        var none = new ConditionExpression("parentaccountid", ConditionOperator.Null);

        Assert.Equal(new object[] { 1 }, single.Values);
        Assert.Equal(new object[] { 1, 2 }, many.Values);
        Assert.Empty(none.Values);
    }

    [Fact]
    public void AddLink_starts_from_the_query_entity_and_defaults_to_an_inner_join()
    {
        var query = new QueryExpression("opportunity");

        var link = query.AddLink("account", "parentaccountid", "accountid");

        Assert.Equal("opportunity", link.LinkFromEntityName);
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.Same(link, query.LinkEntities[0]);
    }

    [Fact]
    public void AddFilter_ignores_null_and_returns_the_new_child()
    {
        var filter = new FilterExpression();

        filter.AddFilter((FilterExpression)null!);
        var child = filter.AddFilter(LogicalOperator.Or);

        Assert.Single(filter.Filters);
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
    }

    [Fact]
    public void ColumnSet_params_constructor_names_the_columns()
    {
        var columns = new ColumnSet("name", "revenue");

        Assert.Equal(new[] { "name", "revenue" }, columns.Columns);
        Assert.True(new ColumnSet(true).AllColumns);
    }
}
