using System.Collections.Generic;

namespace CrmTiering.Core.Time;

/// <summary>
/// A Windows time-zone id (the registry key name) and IANA ids of the same zone, the first being
/// CLDR's main one. The IANA ids only serve the hint when a policy names one of them.
/// </summary>
public sealed class WindowsTimeZone
{
    public WindowsTimeZone(string id, params string[] ianaIds)
    {
        Id = id;
        IanaIds = ianaIds;
    }

    public string Id { get; }

    public IReadOnlyList<string> IanaIds { get; }

    public override string ToString() => Id;
}
