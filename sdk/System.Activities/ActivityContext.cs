using System.Collections.Generic;

namespace System.Activities;

/// <summary>
/// What a running activity sees: its argument values and the host's extensions. Only the
/// runtime creates one, and it is unusable once the activity's Execute has returned.
/// </summary>
public class ActivityContext
{
    private const string NotInTreeMessage =
        "The argument is not bound to the running activity: only the activity's own argument properties can be read or set.";

    private readonly Dictionary<Argument, object> _values;
    private readonly IReadOnlyList<object> _extensions;
    private bool _disposed;

    internal ActivityContext(Dictionary<Argument, object> values, IReadOnlyList<object> extensions, string activityInstanceId, Guid workflowInstanceId)
    {
        _values = values;
        _extensions = extensions;
        ActivityInstanceId = activityInstanceId;
        WorkflowInstanceId = workflowInstanceId;
    }

    public string ActivityInstanceId { get; }

    public Guid WorkflowInstanceId { get; }

    /// <summary>The first extension assignable to T, or null when the host added none.</summary>
    public T GetExtension<T>() where T : class
    {
        ThrowIfDisposed();
        foreach (var extension in _extensions)
        {
            if (extension is T match)
            {
                return match;
            }
        }

        return null;
    }

    public object GetValue(Argument argument)
    {
        ThrowIfDisposed();
        if (argument == null)
        {
            throw new ArgumentNullException(nameof(argument));
        }

        return Read(argument);
    }

    public T GetValue<T>(InArgument<T> argument) => ReadTyped<T>(argument);

    public T GetValue<T>(InOutArgument<T> argument) => ReadTyped<T>(argument);

    public T GetValue<T>(OutArgument<T> argument) => ReadTyped<T>(argument);

    public void SetValue(Argument argument, object value)
    {
        ThrowIfDisposed();
        if (argument == null)
        {
            throw new ArgumentNullException(nameof(argument));
        }

        Write(argument, value);
    }

    /// <summary>A null argument is ignored, as in .NET Framework.</summary>
    public void SetValue<T>(InArgument<T> argument, T value) => WriteTyped(argument, value);

    public void SetValue<T>(InOutArgument<T> argument, T value) => WriteTyped(argument, value);

    public void SetValue<T>(OutArgument<T> argument, T value) => WriteTyped(argument, value);

    internal void Dispose() => _disposed = true;

    private T ReadTyped<T>(Argument argument)
    {
        ThrowIfDisposed();
        if (argument == null)
        {
            throw new ArgumentNullException(nameof(argument));
        }

        return (T)Read(argument);
    }

    private void WriteTyped<T>(Argument argument, T value)
    {
        ThrowIfDisposed();
        if (argument != null)
        {
            Write(argument, value);
        }
    }

    private object Read(Argument argument)
    {
        if (!_values.TryGetValue(argument, out var value))
        {
            throw new InvalidOperationException(NotInTreeMessage);
        }

        return value;
    }

    private void Write(Argument argument, object value)
    {
        if (!_values.ContainsKey(argument))
        {
            throw new InvalidOperationException(NotInTreeMessage);
        }

        _values[argument] = ArgumentValues.Coerce(argument.ArgumentType, value);
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(GetType().Name);
        }
    }
}
