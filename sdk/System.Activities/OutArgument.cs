namespace System.Activities;

public abstract class OutArgument : Argument
{
    internal OutArgument()
    {
        Direction = ArgumentDirection.Out;
    }
}
