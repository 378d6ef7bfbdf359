using System.ComponentModel;

namespace System.Activities;

/// <summary>An input value: a constant, an expression activity, or what the host passes in.</summary>
public sealed class InArgument<T> : InArgument
{
    public InArgument()
    {
        ArgumentType = typeof(T);
    }

    public InArgument(T constValue)
        : this(new ConstantValue<T>(constValue))
    {
    }

    public InArgument(Activity<T> expression)
        : this()
    {
        Expression = expression;
    }

    [DefaultValue(null)]
    public new Activity<T> Expression
    {
        get => (Activity<T>)ExpressionCore;
        set => ExpressionCore = value;
    }

    public new T Get(ActivityContext context) => RequireContext(context).GetValue(this);

    public void Set(ActivityContext context, T value) => RequireContext(context).SetValue(this, value);

    public static implicit operator InArgument<T>(T constValue) => new InArgument<T>(constValue);

    public static implicit operator InArgument<T>(Activity<T> expression) => new InArgument<T>(expression);
}
