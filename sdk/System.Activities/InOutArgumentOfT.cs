namespace System.Activities;

/// <summary>A value passed in by the host, changed by the activity and read back after the run.</summary>
public sealed class InOutArgument<T> : InOutArgument
{
    public InOutArgument()
    {
        ArgumentType = typeof(T);
    }

    public new T Get(ActivityContext context) => RequireContext(context).GetValue(this);

    public void Set(ActivityContext context, T value) => RequireContext(context).SetValue(this, value);
}
