using System.IO;

namespace CrmTiering.Cli;

/// <summary>Where a command writes: standard output for results, standard error for warnings and errors.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }
}
