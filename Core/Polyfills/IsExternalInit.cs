#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets records and init-only setters compile for netstandard2.0 and net462, which lack this
    /// marker type; net5+ ships it, hence the condition.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
#endif
