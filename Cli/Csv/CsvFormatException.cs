using System;

namespace CrmTiering.Cli.Csv;

/// <summary>The text is not CSV that can be read (a quoted field is never closed).</summary>
public sealed class CsvFormatException : Exception
{
    public CsvFormatException(int line)
        : base("a quoted field that starts on line " + line + " is never closed")
    {
        Line = line;
    }

    public int Line { get; }
}
