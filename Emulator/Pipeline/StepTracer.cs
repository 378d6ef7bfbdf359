using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>The ITracingService a step gets: lines go to the pipeline's trace log and to the step's own text (a fault's TraceText).</summary>
internal sealed class StepTracer : ITracingService
{
    private readonly List<TraceEntry> _log;
    private readonly string _source;
    private readonly string _messageName;
    private readonly StringBuilder _text = new();

    public StepTracer(List<TraceEntry> log, string source, string messageName)
    {
        _log = log;
        _source = source;
        _messageName = messageName;
    }

    public string Text => _text.ToString();

    public void Trace(string format, params object[] args)
    {
        // As on the platform, a format without arguments is written as it is (braces allowed).
        var line = args is null || args.Length == 0 ? format ?? string.Empty : string.Format(CultureInfo.InvariantCulture, format, args);
        _text.AppendLine(line);
        _log.Add(new TraceEntry(_source, _messageName, line));
    }
}
