namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A structured query on one table with joins, filters, orders and paging.</summary>
public sealed class QueryExpression : QueryBase
{
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        ColumnSet = new ColumnSet();
    }

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public PagingInfo PageInfo { get; set; }

    public string QueryHints { get; set; }

    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    public FilterExpression Criteria { get; set; }

    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet { get; set; }

    /// <summary>Must not be combined with paging (the platform rejects it).</summary>
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    internal override void Accept(IQueryVisitor visitor) => visitor.Visit(this);
}
