using System;
using System.IO;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place. Drawn only when standard error is
/// an interactive terminal, so redirected runs and tests get clean, comparable output.
/// </summary>
public sealed class SimulationProgress
{
    private const int Width = 30;
    private readonly TextWriter? _terminal;
    private int _lastPercent = -1;

    public SimulationProgress(CliConsole console)
    {
        var interactive = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
        _terminal = interactive ? console.Error : null;
    }

    public void Report(int done, int total, string label)
    {
        if (_terminal is null || total <= 0) return;
        var percent = (int)(100L * done / total);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        var filled = Width * percent / 100;
        _terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {label}   ");
    }

    public void Finish()
    {
        if (_terminal is null) return;
        _terminal.Write('\r' + new string(' ', Width + 40) + '\r');
        _terminal.Flush();
    }
}
