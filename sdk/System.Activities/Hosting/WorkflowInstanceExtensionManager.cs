using System.Collections.Generic;

namespace System.Activities.Hosting;

/// <summary>The services (extensions) a host makes available to the activities it runs.</summary>
public class WorkflowInstanceExtensionManager
{
    private const string ReadOnlyMessage = "Extensions cannot be added after the manager was made read-only.";

    private readonly List<object> _singletons = new List<object>();
    private readonly List<Func<object>> _factories = new List<Func<object>>();
    private bool _readOnly;

    public WorkflowInstanceExtensionManager()
    {
    }

    /// <summary>Every run sees this same instance.</summary>
    public virtual void Add(object singletonExtension)
    {
        ThrowIfReadOnly();
        _singletons.Add(singletonExtension ?? throw new ArgumentNullException(nameof(singletonExtension)));
    }

    /// <summary>Every run gets its own instance from the function.</summary>
    public virtual void Add<T>(Func<T> extensionCreationFunction) where T : class
    {
        ThrowIfReadOnly();
        if (extensionCreationFunction == null)
        {
            throw new ArgumentNullException(nameof(extensionCreationFunction));
        }

        _factories.Add(() => extensionCreationFunction());
    }

    public void MakeReadOnly() => _readOnly = true;

    /// <summary>The extensions of one run: singletons first, then one fresh instance per factory.</summary>
    internal IReadOnlyList<object> CreateForRun()
    {
        var extensions = new List<object>(_singletons);
        foreach (var factory in _factories)
        {
            var created = factory();
            if (created != null)
            {
                extensions.Add(created);
            }
        }

        return extensions;
    }

    private void ThrowIfReadOnly()
    {
        if (_readOnly)
        {
            throw new InvalidOperationException(ReadOnlyMessage);
        }
    }
}
