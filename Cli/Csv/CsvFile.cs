using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// A CSV input file whose header row names Dataverse logical columns. Columns are found by name
/// (case-insensitive, in any order); unknown columns are ignored and absent ones read as empty.
/// Rows are streamed: <see cref="Rows"/> reads the file once, front to back.
/// </summary>
public sealed class CsvFile : CrmTiering.Cli.Input.IInputTable
{
    private readonly StreamReader _reader;
    private readonly CsvRecordReader _records;
    private readonly Dictionary<string, int> _columns;

    private CsvFile(string label, StreamReader reader, CsvRecordReader records, Dictionary<string, int> columns)
    {
        Label = label;
        _reader = reader;
        _records = records;
        _columns = columns;
    }

    /// <summary>The name used in messages: the file name as the user gave it.</summary>
    public string Label { get; }

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>Opens a file and reads its header.</summary>
    /// <exception cref="UserMistakeException">Missing file, empty file or unreadable header.</exception>
    public static CsvFile Open(string path)
    {
        if (!File.Exists(path)) throw new UserMistakeException(string.Format(CliMessages.FileNotFound, path));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // UTF-8 by default; a byte-order mark (UTF-8 or UTF-16) is detected and skipped.
        var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        try
        {
            return FromReader(path, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    internal static CsvFile FromReader(string label, StreamReader reader)
    {
        var records = new CsvRecordReader(reader);
        IReadOnlyList<string>? header;
        try
        {
            header = records.Next();
        }
        catch (CsvFormatException e)
        {
            throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, label, e.Message));
        }
        if (header is null || header.All(string.IsNullOrWhiteSpace))
        {
            throw new UserMistakeException(string.Format(CliMessages.EmptyFile, label));
        }
        var columns = new Dictionary<string, int>(CsvRow.NameComparer);
        for (var i = 0; i < header.Count; i++)
        {
            // A BOM that slipped through (e.g. a second BOM after a re-save) is not part of the name.
            var name = header[i].Trim().TrimStart('\uFEFF').Trim();
            if (name.Length == 0) continue;
            if (columns.ContainsKey(name))
            {
                throw new UserMistakeException(string.Format(CliMessages.DuplicateColumn, label, name));
            }
            columns.Add(name, i);
        }
        return new CsvFile(label, reader, records, columns);
    }

    /// <summary>Fails with a header message unless every column is present.</summary>
    public void Require(params string[] columns)
    {
        foreach (var column in columns)
        {
            if (!HasColumn(column))
            {
                throw new UserMistakeException(string.Format(CliMessages.MissingColumn, Label, column));
            }
        }
    }

    /// <summary>Fails with a header message unless at least one of the columns is present.</summary>
    public void RequireOneOf(params string[] columns)
    {
        if (columns.Any(HasColumn)) return;
        throw new UserMistakeException(
            string.Format(CliMessages.MissingColumn, Label, string.Join(" or ", columns)));
    }

    /// <summary>The data rows, blank lines skipped. Read once.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (true)
        {
            IReadOnlyList<string>? fields;
            try
            {
                fields = _records.Next();
            }
            catch (CsvFormatException e)
            {
                throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, Label, e.Message));
            }
            if (fields is null) yield break;
            var row = new CsvRow(_columns, fields, _records.RecordLine);
            if (!row.IsBlank) yield return row;
        }
    }

    public void Dispose() => _reader.Dispose();
}
