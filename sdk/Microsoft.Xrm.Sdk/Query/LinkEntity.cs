using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table to another inside a QueryExpression.</summary>
public sealed class LinkEntity : IExtensibleDataObject
{
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public LinkEntity()
        : this(null, null, null, null, JoinOperator.Inner)
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
        Columns = new ColumnSet();
        LinkCriteria = new FilterExpression();
    }

    public string LinkFromAttributeName { get; set; }

    public string LinkFromEntityName { get; set; }

    public string LinkToEntityName { get; set; }

    public string LinkToAttributeName { get; set; }

    public JoinOperator JoinOperator { get; set; }

    public FilterExpression LinkCriteria { get; set; }

    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    public ColumnSet Columns { get; set; }

    public string EntityAlias { get; set; }

    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>The new link starts from this link's LinkFromEntityName, as in the real SDK.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
