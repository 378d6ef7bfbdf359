using System.ComponentModel;

namespace System.Activities;

/// <summary>
/// A bound value an activity reads or writes through its context. Values live in the running
/// context, never in the argument, so one activity object can run concurrently.
/// </summary>
public abstract class Argument
{
    public const string ResultValue = "Result";

    public static readonly int UnspecifiedEvaluationOrder = -1;

    private int _evaluationOrder = UnspecifiedEvaluationOrder;

    internal Argument()
    {
    }

    public Type ArgumentType { get; internal set; }

    public ArgumentDirection Direction { get; internal set; }

    /// <summary>Negative values other than -1 are rejected.</summary>
    [DefaultValue(-1)]
    public int EvaluationOrder
    {
        get => _evaluationOrder;
        set
        {
            if (value < 0 && value != UnspecifiedEvaluationOrder)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            _evaluationOrder = value;
        }
    }

    [DefaultValue(null)]
    public ActivityWithResult Expression
    {
        get => ExpressionCore;
        set => ExpressionCore = value;
    }

    internal ActivityWithResult ExpressionCore { get; set; }

    public object Get(ActivityContext context) => RequireContext(context).GetValue(this);

    public T Get<T>(ActivityContext context) => (T)RequireContext(context).GetValue(this);

    public void Set(ActivityContext context, object value) => RequireContext(context).SetValue(this, value);

    /// <summary>A fresh argument of the given direction and value type (what the runtime puts into a null argument property).</summary>
    internal static Argument CreateEmpty(Type argumentPropertyType) =>
        (Argument)Activator.CreateInstance(argumentPropertyType, nonPublic: true);

    internal static ActivityContext RequireContext(ActivityContext context) =>
        context ?? throw new ArgumentNullException(nameof(context));
}
