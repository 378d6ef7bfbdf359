using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;

namespace CrmTiering.Cli.Org.Reading;

/// <summary>
/// A table read from the org, row by row as the pages arrive, presented to the row readers as the
/// CSV export of the same rows would be: each record becomes a <see cref="CsvRow"/> with the input
/// columns' text (<see cref="WebApiValue"/>). A record's "line" is the line it would have in that
/// export (the header is line 1), so messages point at the same row either way.
/// </summary>
public sealed class OrgTable : IInputTable
{
    private readonly IReadOnlyList<OrgColumn> _columns;
    private readonly IEnumerable<JsonElement> _records;
    private readonly Dictionary<string, int> _index;

    public OrgTable(string label, IReadOnlyList<OrgColumn> columns, IEnumerable<JsonElement> records)
    {
        Label = label;
        _columns = columns;
        _records = records;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++) _index.Add(columns[i].Input, i);
    }

    public string Label { get; }

    public void Require(params string[] columns)
    {
        foreach (var column in columns)
        {
            // The query selects what the readers require; a gap here is a bug in the column list, not the user's.
            if (!_index.ContainsKey(column)) throw new InvalidOperationException($"{Label}: the query does not select {column}.");
        }
    }

    public void RequireOneOf(params string[] columns)
    {
        if (!columns.Any(_index.ContainsKey)) throw new InvalidOperationException($"{Label}: the query selects none of {string.Join(", ", columns)}.");
    }

    public IEnumerable<CsvRow> Rows()
    {
        var line = 1;
        foreach (var record in _records)
        {
            var fields = new string[_columns.Count];
            for (var i = 0; i < fields.Length; i++) fields[i] = WebApiValue.Text(record, _columns[i].Property);
            yield return new CsvRow(_index, fields, ++line);
        }
    }

    public void Dispose()
    {
        // Pages are disposed as they are read; nothing stays open.
    }
}
