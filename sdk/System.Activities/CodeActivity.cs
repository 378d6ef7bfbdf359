namespace System.Activities;

/// <summary>An activity whose work is one synchronous Execute call.</summary>
public abstract class CodeActivity : Activity
{
    protected CodeActivity()
    {
    }

    protected abstract void Execute(CodeActivityContext context);

    internal sealed override void Run(CodeActivityContext context) => Execute(context);
}
