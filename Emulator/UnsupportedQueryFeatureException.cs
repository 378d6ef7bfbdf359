using System;

namespace CrmTiering.Emulator;

/// <summary>
/// A query uses something the emulator does not evaluate (an operator, join type, FetchXML
/// attribute...). Thrown rather than guessing, so a test never passes on a silently wrong result.
/// </summary>
public sealed class UnsupportedQueryFeatureException : NotSupportedException
{
    /// <summary>{0} the feature, e.g. "condition operator 'Like'".</summary>
    public const string MessageFormat = "The emulator does not support the query feature {0}.";

    public UnsupportedQueryFeatureException(string feature)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, feature))
    {
        Feature = feature;
    }

    public string Feature { get; }
}
