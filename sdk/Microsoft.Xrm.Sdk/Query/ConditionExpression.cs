using System.Collections;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// One condition. Every overload of the real SDK is kept, because which one a call binds to
/// decides how its values are stored (e.g. (name, Equal, 5) binds to the single-value overload).
/// </summary>
public sealed class ConditionExpression : IExtensibleDataObject
{
    private DataCollection<object> _values;

    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        CompareColumns = compareColumns;
        if (values != null)
        {
            Values.AddRange(values);
        }
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, false, new[] { value })
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator, false, (object[])null)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, false, (object[])null)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator, false, values?.Cast<object>().ToArray())
    {
    }

    public string EntityName { get; set; }

    public bool CompareColumns { get; set; }

    public string AttributeName { get; set; }

    public ConditionOperator Operator { get; set; }

    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
