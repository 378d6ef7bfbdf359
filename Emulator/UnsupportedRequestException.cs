using System;

namespace CrmTiering.Emulator;

/// <summary>
/// The emulator has no handler for a message. Not a platform fault on purpose: it marks a gap in
/// the emulator, not behaviour a plugin should handle.
/// </summary>
public sealed class UnsupportedRequestException : NotSupportedException
{
    /// <summary>{0} the message name.</summary>
    public const string MessageFormat = "The emulator does not support the request '{0}'.";

    public UnsupportedRequestException(string requestName)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, requestName))
    {
        RequestName = requestName;
    }

    public string RequestName { get; }
}
