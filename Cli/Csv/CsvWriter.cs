using System.Collections.Generic;
using System.IO;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Writes RFC 4180 records. Fields are quoted only when they must be (comma, quote, line break, or
/// leading/trailing space). Lines end with LF, which every CSV reader accepts. Callers format
/// numbers and dates with the invariant culture before handing them over.
/// </summary>
public sealed class CsvWriter
{
    private readonly TextWriter _out;

    public CsvWriter(TextWriter output)
    {
        _out = output;
    }

    public void WriteRecord(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) _out.Write(',');
            first = false;
            WriteField(field ?? string.Empty);
        }
        _out.Write('\n');
    }

    public void WriteRecord(params string?[] fields) => WriteRecord((IEnumerable<string?>)fields);

    private void WriteField(string field)
    {
        if (!NeedsQuotes(field))
        {
            _out.Write(field);
            return;
        }
        _out.Write('"');
        _out.Write(field.Replace("\"", "\"\""));
        _out.Write('"');
    }

    private static bool NeedsQuotes(string field)
    {
        if (field.Length == 0) return false;
        if (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[field.Length - 1])) return true;
        foreach (var c in field)
        {
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }
}
