using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Writes RFC 4180 records. Fields are quoted only when they must be (comma, quote, line break, or
/// leading/trailing space). Lines end with LF, which every CSV reader accepts. Callers format
/// numbers and dates with the invariant culture before handing them over.
/// </summary>
public sealed class CsvWriter
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\n\r");
    private readonly TextWriter _out;

    public CsvWriter(TextWriter output)
    {
        _out = output;
    }

    public void WriteRecord(IEnumerable<string?> fields) => _out.Write(Line(fields as string?[] ?? fields.ToArray()));

    public void WriteRecord(params string?[] fields) => _out.Write(Line(fields));

    /// <summary>The record as one line, LF included, for callers that make lines on several threads and write them on one.</summary>
    public static string Line(string?[] fields)
    {
        var length = fields.Length;
        foreach (var field in fields) length += field?.Length ?? 0;
        var line = new StringBuilder(length + 16);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            var field = fields[i] ?? string.Empty;
            if (NeedsQuotes(field)) line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else line.Append(field);
        }
        return line.Append('\n').ToString();
    }

    private static bool NeedsQuotes(string field)
    {
        if (field.Length == 0) return false;
        if (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[field.Length - 1])) return true;
        return field.AsSpan().IndexOfAny(Special) >= 0;
    }
}
