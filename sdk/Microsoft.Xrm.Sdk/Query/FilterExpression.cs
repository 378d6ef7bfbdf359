using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters joined by one logical operator (And by default).</summary>
public sealed class FilterExpression : IExtensibleDataObject
{
    private DataCollection<ConditionExpression> _conditions;
    private DataCollection<FilterExpression> _filters;

    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    public LogicalOperator FilterOperator { get; set; }

    public string FilterHint { get; set; }

    public DataCollection<ConditionExpression> Conditions
    {
        get => _conditions ??= new DataCollection<ConditionExpression>();
        private set => _conditions = value;
    }

    public DataCollection<FilterExpression> Filters
    {
        get => _filters ??= new DataCollection<FilterExpression>();
        private set => _filters = value;
    }

    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(ConditionExpression condition)
    {
        Conditions.Add(condition);
    }

    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    /// <summary>A null filter is ignored.</summary>
    public void AddFilter(FilterExpression childFilter)
    {
        if (childFilter != null)
        {
            Filters.Add(childFilter);
        }
    }
}
