using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Tests;

/// <summary>A CSV produced by the CLI, read back as rows keyed by column name.</summary>
public sealed class OutputTable
{
    private OutputTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public IReadOnlyDictionary<string, string> Row(string asOf, string accountId) =>
        Rows.Single(row => row["asof"] == asOf && row["accountid"] == accountId);

    public IEnumerable<IReadOnlyDictionary<string, string>> For(string accountId) => Rows.Where(row => row["accountid"] == accountId);

    public static OutputTable Parse(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var columns = reader.Next() ?? throw new InvalidDataException("no header");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Next() is { } record)
        {
            if (record.Count == 1 && record[0].Length == 0) break;
            rows.Add(columns.Select((name, i) => (name, value: i < record.Count ? record[i] : string.Empty))
                .ToDictionary(pair => pair.name, pair => pair.value));
        }
        return new OutputTable(columns, rows);
    }
}
