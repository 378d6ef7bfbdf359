using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Splits RFC 4180 text into records one at a time, so a file of any size streams through
/// constant memory: quoted fields may hold commas, quotes ("") and line breaks.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _text;
    private int _line = 1;

    public CsvRecordReader(TextReader text)
    {
        _text = text;
    }

    /// <summary>The physical line on which the last record returned began (1-based).</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record, or returns null at the end of the text.</summary>
    /// <exception cref="CsvFormatException">A quoted field is never closed.</exception>
    public IReadOnlyList<string>? Next()
    {
        if (_text.Peek() < 0) return null;
        RecordLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = _text.Read();
            if (quoted)
            {
                if (c < 0) throw new CsvFormatException(RecordLine);
                if (c == '"')
                {
                    if (_text.Peek() == '"')
                    {
                        _text.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n') _line++;
                    field.Append((char)c);
                }
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r')
            {
                if (c == '\r' && _text.Peek() == '\n') _text.Read();
                if (c >= 0) _line++;
                fields.Add(field.ToString());
                return fields;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                // A stray quote inside an unquoted field is kept as text: lenient, like spreadsheet exports.
                field.Append((char)c);
            }
        }
    }
}
