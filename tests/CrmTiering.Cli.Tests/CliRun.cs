using System.IO;

namespace CrmTiering.Cli.Tests;

/// <summary>One in-process run of <c>crmtiering</c> through its real entry point, with captured output.</summary>
public sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>Stderr split into lines (no trailing empty line).</summary>
    public string[] ErrorLines => Error.Length == 0
        ? System.Array.Empty<string>()
        : Error.TrimEnd('\n', '\r').Split('\n');

    public static CliRun From(int exitCode, string output, string error) => new(exitCode, output, error);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
