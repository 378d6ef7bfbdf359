using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CrmTiering.Cli;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Runs the real <c>crmtiering review</c> in this process (the Cli and the deployable share one Core)
/// and reads its CSV output as rows keyed by header.
/// </summary>
public static class CliReview
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Run(string workingDirectory, params string[] arguments)
    {
        // File arguments are names inside the export folder.
        var args = new List<string> { "review" };
        args.AddRange(arguments.Select(a => File.Exists(Path.Combine(workingDirectory, a)) ? Path.Combine(workingDirectory, a) : a));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApplication.Run(args.ToArray(), output, error);

        Assert.True(exit == 0, $"crmtiering review exited with {exit}: {error}");
        return Rows(output.ToString());
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
