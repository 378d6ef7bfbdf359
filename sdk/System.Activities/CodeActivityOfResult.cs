namespace System.Activities;

/// <summary>A CodeActivity whose return value the runtime stores into Result.</summary>
public abstract class CodeActivity<TResult> : Activity<TResult>
{
    protected CodeActivity()
    {
    }

    protected abstract TResult Execute(CodeActivityContext context);

    internal sealed override void Run(CodeActivityContext context)
    {
        var value = Execute(context);
        context.SetValue(Result, value);
    }
}
