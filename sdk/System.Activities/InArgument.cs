namespace System.Activities;

public abstract class InArgument : Argument
{
    internal InArgument()
    {
        Direction = ArgumentDirection.In;
    }
}
