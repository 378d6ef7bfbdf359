using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>Keeps every traced line, formatted as the platform formats it.</summary>
public sealed class RecordingTracingService : ITracingService
{
    public List<string> Lines { get; } = new List<string>();

    public void Trace(string format, params object[] args) => Lines.Add(string.Format(format, args));
}
