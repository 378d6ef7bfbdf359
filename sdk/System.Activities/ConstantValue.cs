namespace System.Activities;

/// <summary>The expression behind InArgument&lt;T&gt;(T constValue); plays the part of the real Literal&lt;T&gt;.</summary>
internal sealed class ConstantValue<T> : CodeActivity<T>
{
    private readonly T _value;

    public ConstantValue(T value)
    {
        _value = value;
    }

    protected override T Execute(CodeActivityContext context) => _value;
}
