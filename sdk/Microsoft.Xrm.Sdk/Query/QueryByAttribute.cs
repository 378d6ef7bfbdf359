namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Equality conditions on attributes, paired by position with their values.</summary>
public sealed class QueryByAttribute : QueryBase
{
    private DataCollection<string> _attributes;
    private DataCollection<object> _values;
    private DataCollection<OrderExpression> _orders;

    public QueryByAttribute()
    {
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    /// <summary>Leaves ColumnSet and PageInfo null, as the real SDK does.</summary>
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; set; }

    public DataCollection<string> Attributes
    {
        get => _attributes ??= new DataCollection<string>();
        private set => _attributes = value;
    }

    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    public PagingInfo PageInfo { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    internal override void Accept(IQueryVisitor visitor) => visitor.Visit(this);
}
