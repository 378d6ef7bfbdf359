using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace CrmTiering.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error for a long run: a label, how many rows (or accounts)
/// are done, the rate per second, and — when the total is known — a bar, a percentage and an ETA.
/// Drawn only when standard error is an interactive terminal (<see cref="Console.IsErrorRedirected"/>
/// false), so redirected runs, pipelines and tests get clean, comparable output; counting is then
/// an addition and nothing else. Safe to advance from several threads. The clock is a
/// <see cref="TimeProvider"/> so the rate can be tested without waiting.
/// </summary>
public sealed class RowProgress : IDisposable
{
    private const int BarWidth = 24;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _terminal;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly object _drawing = new();
    private long _done;
    private long _total;
    private long _lastDraw;
    private int _lastWidth;
    private string _label;
    private string? _detail;
    private bool _finished;

    /// <param name="terminal">Where to draw, or null to count silently.</param>
    /// <param name="label">What is being counted, e.g. "opportunities".</param>
    /// <param name="unit">The unit of the rate, e.g. "rows" or "accounts".</param>
    /// <param name="total">The count at which the work is done, or null when not known.</param>
    /// <param name="clock">The clock that times the rate (tests inject their own).</param>
    public RowProgress(TextWriter? terminal, string label, string unit = "rows", long? total = null, TimeProvider? clock = null)
    {
        _terminal = terminal;
        _label = label;
        Unit = unit;
        _total = total ?? 0;
        _clock = clock ?? TimeProvider.System;
        _started = _clock.GetTimestamp();
        _lastDraw = long.MinValue;
    }

    /// <summary>A progress bar on the process's standard error when that is a terminal and the command writes there; else silent.</summary>
    public static RowProgress For(CliConsole console, string label, string unit = "rows", long? total = null) =>
        new(IsTerminal(console) ? console.Error : null, label, unit, total);

    /// <summary>True when <paramref name="console"/> writes its errors to the process's own, unredirected standard error.</summary>
    public static bool IsTerminal(CliConsole console) =>
        ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;

    public string Unit { get; }

    /// <summary>Whether anything is drawn.</summary>
    public bool IsVisible => _terminal is not null;

    public long Done => Interlocked.Read(ref _done);

    /// <summary>The total when known, else null.</summary>
    public long? Total => Interlocked.Read(ref _total) is > 0 and var total ? total : null;

    /// <summary>Time since the progress started, on its clock.</summary>
    public TimeSpan Elapsed => _clock.GetElapsedTime(_started);

    /// <summary>Units done per second since the start (0 before any time has passed).</summary>
    public double RatePerSecond
    {
        get
        {
            var seconds = Elapsed.TotalSeconds;
            return seconds <= 0 ? 0 : Done / seconds;
        }
    }

    /// <summary>Time left at the current rate, or null when the total or the rate is not known.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            var rate = RatePerSecond;
            if (Total is not { } total || rate <= 0) return null;
            return TimeSpan.FromSeconds(Math.Max(0, total - Done) / rate);
        }
    }

    /// <summary>Counts <paramref name="count"/> more units done. Advance in batches (a chunk, a page) in hot loops.</summary>
    public void Advance(long count = 1)
    {
        Interlocked.Add(ref _done, count);
        if (_terminal is not null) DrawIfDue();
    }

    /// <summary>Sets the total once it is known (e.g. after a first pass).</summary>
    public void SetTotal(long total) => Interlocked.Exchange(ref _total, total);

    /// <summary>Names a new stage of the same run (e.g. "invoices" after "opportunities"); the count and rate go on.</summary>
    public void Relabel(string label)
    {
        lock (_drawing) _label = label;
    }

    /// <summary>Extra counters shown after the rate, e.g. "changed 12, failed 0".</summary>
    public void SetDetail(string? detail)
    {
        lock (_drawing) _detail = detail;
    }

    /// <summary>The line as it would be drawn now (also what tests read).</summary>
    public string Line()
    {
        var done = Done;
        var text = new System.Text.StringBuilder();
        lock (_drawing) text.Append(_label).Append(' ');
        if (Total is { } total)
        {
            var fraction = Math.Min(1.0, (double)done / total);
            var filled = (int)(BarWidth * fraction);
            text.Append('[').Append('#', filled).Append('.', BarWidth - filled).Append("] ");
            text.Append(((int)(fraction * 100)).ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append("% ");
            text.Append(Number(done)).Append('/').Append(Number(total));
        }
        else
        {
            text.Append(Number(done));
        }
        text.Append(' ').Append(Unit).Append(", ").Append(Number((long)RatePerSecond)).Append(' ').Append(Unit).Append("/s");
        if (Remaining is { } left) text.Append(", ETA ").Append(Duration(left));
        lock (_drawing)
        {
            if (!string.IsNullOrEmpty(_detail)) text.Append(", ").Append(_detail);
        }
        return text.ToString();
    }

    /// <summary>Clears the bar so the next line of output starts clean. Idempotent.</summary>
    public void Finish()
    {
        if (_terminal is null) return;
        lock (_drawing)
        {
            if (_finished) return;
            _finished = true;
            _terminal.Write('\r' + new string(' ', _lastWidth) + '\r');
            _terminal.Flush();
        }
    }

    public void Dispose() => Finish();

    private void DrawIfDue()
    {
        var now = _clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastDraw);
        if (last != long.MinValue && _clock.GetElapsedTime(last, now) < RedrawEvery) return;
        if (!Monitor.TryEnter(_drawing)) return;
        try
        {
            if (_finished) return;
            Interlocked.Exchange(ref _lastDraw, now);
            var line = Line();
            var pad = Math.Max(0, _lastWidth - line.Length);
            _terminal!.Write('\r' + line + new string(' ', pad));
            _terminal.Flush();
            _lastWidth = line.Length;
        }
        finally
        {
            Monitor.Exit(_drawing);
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? ((int)span.TotalHours).ToString(CultureInfo.InvariantCulture) + span.ToString(@"\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
