using System;
using System.IO;
using System.Text;

namespace CrmTiering.Cli.Tests;

/// <summary>A temporary folder holding one test's input and output files; deleted on dispose.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "crmtiering-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Writes lines joined with LF (UTF-8 without BOM) and returns the file's path.</summary>
    public string Write(string name, params string[] lines)
    {
        var path = PathOf(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    public string Read(string name) => File.ReadAllText(PathOf(name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
