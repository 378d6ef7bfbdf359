using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using CrmTiering.Plugins.Tests.Foundation;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Runs the real <c>crmtiering review</c> (the built Cli, as a separate process: its Core.dll must not
/// meet the deployables' compiled-in Core here) and reads its CSV output as rows keyed by header.
/// </summary>
public static class CliReview
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Run(string workingDirectory, params string[] arguments)
    {
        var cli = Path.Combine(RepositoryLayout.Root, "Cli", "bin", RepositoryLayout.Configuration, "net10.0", "crmtiering.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project builds the Cli first (ProjectReference).");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("review");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit((int)Patience.TotalMilliseconds), "crmtiering review did not finish.");
        Assert.True(process.ExitCode == 0, $"crmtiering review exited with {process.ExitCode}: {error.Result}");
        return Rows(output);
    }

    /// <summary>The dotnet host running this test (the Cli is a framework-dependent dll).</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }

    /// <summary>RFC 4180: the reason column is quoted and holds commas.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string csv)
    {
        var records = Records(csv);
        var header = records[0];
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var record in records.GetRange(1, records.Count - 1))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < record.Count ? record[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
