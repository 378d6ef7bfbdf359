namespace System.Activities;

/// <summary>Type rules for values stored into an argument.</summary>
internal static class ArgumentValues
{
    internal static object DefaultOf(Type type) =>
        type != null && type.IsValueType ? Activator.CreateInstance(type) : null;

    /// <summary>Null becomes the type's default; a value of another type is rejected.</summary>
    internal static object Coerce(Type argumentType, object value)
    {
        if (value == null)
        {
            return DefaultOf(argumentType);
        }

        if (argumentType != null && !argumentType.IsInstanceOfType(value))
        {
            throw new ArgumentException(
                $"A value of type '{value.GetType().FullName}' cannot be stored in an argument of type '{argumentType.FullName}'.");
        }

        return value;
    }
}
