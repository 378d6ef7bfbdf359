using System;
using System.Collections.Generic;

namespace CrmTiering.Cli.Csv;

/// <summary>One data record of a <see cref="CsvFile"/>, read by logical column name.</summary>
public sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _fields;

    internal CsvRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, int line)
    {
        _columns = columns;
        _fields = fields;
        Line = line;
    }

    /// <summary>The physical line on which the record begins (1-based, the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The trimmed value of a column; empty when the column or the field is absent.</summary>
    public string this[string column]
    {
        get
        {
            if (!_columns.TryGetValue(column, out var index) || index >= _fields.Count) return string.Empty;
            return _fields[index].Trim();
        }
    }

    public bool IsBlank
    {
        get
        {
            foreach (var value in _fields)
            {
                if (!string.IsNullOrWhiteSpace(value)) return false;
            }
            return true;
        }
    }

    public bool Has(string column) => this[column].Length > 0;

    /// <summary>The trimmed value of the field at a position from <see cref="IndexOf"/>; empty when absent.</summary>
    internal string this[int index] => index < 0 || index >= _fields.Count ? string.Empty : _fields[index].Trim();

    /// <summary>The position of a column in this table's rows, or -1: for readers that find it once per table, not once per value.</summary>
    internal int IndexOf(string column) => _columns.TryGetValue(column, out var index) ? index : -1;

    internal static StringComparer NameComparer => StringComparer.OrdinalIgnoreCase;
}
