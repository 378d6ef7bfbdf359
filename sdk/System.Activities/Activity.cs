namespace System.Activities;

/// <summary>
/// Test-only contract of .NET Framework's Activity. The internal abstract hook keeps it closed
/// to direct subclasses outside this assembly, as the real one is.
/// </summary>
public abstract class Activity
{
    private string _displayName;

    protected Activity()
    {
    }

    /// <summary>Defaults to the type name.</summary>
    public string DisplayName
    {
        get => _displayName ?? GetType().Name;
        set => _displayName = value;
    }

    /// <summary>Assigned by .NET Framework when it builds an activity tree; this host builds none, so it stays null.</summary>
    public string Id { get; }

    internal abstract void Run(CodeActivityContext context);
}
