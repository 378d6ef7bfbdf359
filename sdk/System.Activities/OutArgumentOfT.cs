namespace System.Activities;

/// <summary>An output value the activity sets and the host reads after the run.</summary>
public sealed class OutArgument<T> : OutArgument
{
    public OutArgument()
    {
        ArgumentType = typeof(T);
    }

    public new T Get(ActivityContext context) => RequireContext(context).GetValue(this);

    public void Set(ActivityContext context, T value) => RequireContext(context).SetValue(this, value);
}
