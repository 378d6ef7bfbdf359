using System;
using System.Diagnostics;
using System.IO;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// The Node test of tests/webapi-js (dynamics-web-api from npm): where it is, whether <c>npm ci</c> has
/// installed it, and running it with the proxy variables removed (the client sends even loopback
/// requests through <c>http_proxy</c>).
/// </summary>
public static class NodeClient
{
    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrmTiering.sln"))) directory = directory.Parent;
            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("CrmTiering.sln not found above the test binaries."), "tests", "webapi-js");
        }
    }

    public static bool IsInstalled => File.Exists(Path.Combine(Folder, "node_modules", "dynamics-web-api", "package.json"));

    public static (int ExitCode, string Output) Run(string testFile, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("node", new[] { "--test", "--test-reporter=spec", testFile })
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var proxy in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" }) start.Environment.Remove(proxy);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + error.Result + "\n(node did not finish in 3 minutes)");
        }

        return (process.ExitCode, output + error.Result);
    }
}
