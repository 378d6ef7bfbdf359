using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>The ITracingService a step gets: lines go to the pipeline's trace log and to the step's own text (a fault's TraceText).</summary>
internal sealed class StepTracer : ITracingService
{
    private readonly List<TraceEntry> log;
    private readonly string source;
    private readonly string messageName;
    private readonly StringBuilder text = new();

    public StepTracer(List<TraceEntry> log, string source, string messageName)
    {
        this.log = log;
        this.source = source;
        this.messageName = messageName;
    }

    public string Text => text.ToString();

    public void Trace(string format, params object[] args)
    {
        // As on the platform, a format without arguments is written as it is (braces allowed).
        var line = args is null || args.Length == 0 ? format ?? string.Empty : string.Format(CultureInfo.InvariantCulture, format, args);
        text.AppendLine(line);
        log.Add(new TraceEntry(source, messageName, line));
    }
}
