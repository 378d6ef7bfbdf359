using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CrmTiering.Bench.Review;

/// <summary>
/// A child process run under GNU time (<c>/usr/bin/time</c>), which reports its wall time and peak
/// resident memory (max RSS) from outside, the same way for the .NET CLI and for Node + DuckDB.
/// </summary>
public sealed class MeasuredRun
{
    public const string TimeCommand = "/usr/bin/time";

    private MeasuredRun(double wallSeconds, double cpuSeconds, long peakKilobytes, string standardOutput, string standardError)
    {
        WallSeconds = wallSeconds;
        CpuSeconds = cpuSeconds;
        PeakKilobytes = peakKilobytes;
        StandardOutput = standardOutput;
        StandardError = standardError;
    }

    public double WallSeconds { get; }

    /// <summary>User + system CPU time: above the wall time when the process used both cores.</summary>
    public double CpuSeconds { get; }

    public long PeakKilobytes { get; }

    public double PeakMegabytes => PeakKilobytes / 1024d;

    public string StandardOutput { get; }

    public string StandardError { get; }

    /// <summary>Runs <paramref name="program"/>; a non-zero exit stops the benchmark with its stderr.</summary>
    public static MeasuredRun Of(string workFolder, string program, params string[] arguments)
    {
        if (!File.Exists(TimeCommand))
        {
            throw new InvalidOperationException($"{TimeCommand} is missing: install GNU time (apt-get install time).");
        }

        var report = Path.Combine(workFolder, "time-" + Guid.NewGuid().ToString("N") + ".txt");
        // On a terminal the child writes its errors there itself, so the review draws its own progress
        // bar (rows per second); redirected (a log, CI), they are kept and reported with the figures.
        var onTerminal = !Console.IsErrorRedirected;
        var start = new ProcessStartInfo(TimeCommand) { RedirectStandardError = !onTerminal, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-o", report, "-f", "%e %U %S %M", program })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = onTerminal ? string.Empty : process.StandardError.ReadToEnd();
        output.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {(onTerminal ? "see its errors above" : error.Trim())}");
        }

        // GNU time appends its line after any notice of its own: the figures are on the last line.
        var lines = File.ReadAllLines(report);
        File.Delete(report);
        var figures = lines[^1].Split(' ');
        return new MeasuredRun(
            double.Parse(figures[0], CultureInfo.InvariantCulture),
            double.Parse(figures[1], CultureInfo.InvariantCulture) + double.Parse(figures[2], CultureInfo.InvariantCulture),
            long.Parse(figures[3], CultureInfo.InvariantCulture),
            output.Result,
            error.Trim());
    }
}
