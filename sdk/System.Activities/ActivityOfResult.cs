namespace System.Activities;

public abstract class Activity<TResult> : ActivityWithResult
{
    private OutArgument<TResult> _result;

    protected Activity()
    {
    }

    public new OutArgument<TResult> Result
    {
        get => _result;
        set => _result = value;
    }

    internal override OutArgument ResultArgument
    {
        get => _result;
        set => _result = (OutArgument<TResult>)value;
    }

    internal override Type ResultTypeCore => typeof(TResult);
}
