using System;
using System.Diagnostics;
using System.IO;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>
/// Runs the Debian <c>chromium</c> package headless to draw a page into a PNG. Flags keep it from
/// touching the network or a shared profile: the report must render offline.
/// </summary>
public static class HeadlessChromium
{
    private static readonly string[] Candidates = { "/usr/bin/chromium", "/usr/bin/chromium-browser" };

    /// <summary>Set in CI (<c>CI=true</c>): there the browser must be present and the test must run.</summary>
    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find()
    {
        foreach (var candidate in Candidates)
        {
            if (File.Exists(candidate)) return candidate;
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (folder.Length == 0) continue;
            var path = Path.Combine(folder, "chromium");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>Screenshots <paramref name="htmlPath"/> at the given window size into <paramref name="pngPath"/>.</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width, int height, string profileFolder)
    {
        var executable = Find() ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium)");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=" + profileFolder,
            $"--window-size={width},{height}",
            "--screenshot=" + pngPath,
            new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish the screenshot within two minutes");
        }
        if (process.ExitCode != 0 || !File.Exists(pngPath))
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode} and no screenshot: {error.Result}");
        }
    }
}
