namespace System.Activities;

/// <summary>An activity that produces a value into its Result argument.</summary>
public abstract class ActivityWithResult : Activity
{
    internal ActivityWithResult()
    {
    }

    public OutArgument Result
    {
        get => ResultArgument;
        set => ResultArgument = value;
    }

    public Type ResultType => ResultTypeCore;

    internal abstract OutArgument ResultArgument { get; set; }

    internal abstract Type ResultTypeCore { get; }
}
