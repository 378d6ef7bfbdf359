using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// A CSV input file whose header row names Dataverse logical columns (or other headers, through a
/// <see cref="ColumnMap"/>). Columns are found by name (case-insensitive, in any order); unknown
/// columns are ignored and absent ones read as empty. Rows are streamed: <see cref="Rows"/> reads
/// the file once, front to back. UTF-8 files (the usual export) are split into records as bytes
/// (<see cref="CsvByteRecords"/>) and can also be read in parallel chunks (<see cref="Chunks"/>);
/// a UTF-16 or UTF-32 file (byte-order mark) goes through <see cref="CsvRecordReader"/>. Both
/// give the same records.
/// </summary>
public sealed class CsvFile : CrmTiering.Cli.Input.IInputTable
{
    private const int HeaderLimit = 1 << 20;

    private readonly StreamReader? _reader;
    private readonly CsvRecordReader? _records;
    private readonly SafeFileHandle? _file;
    private readonly long _dataStart;
    private readonly int _dataLine;
    private readonly Dictionary<string, int> _columns;

    private CsvFile(string label, Dictionary<string, int> columns, StreamReader? reader, CsvRecordReader? records, SafeFileHandle? file, long dataStart, int dataLine)
    {
        Label = label;
        _columns = columns;
        _reader = reader;
        _records = records;
        _file = file;
        _dataStart = dataStart;
        _dataLine = dataLine;
    }

    /// <summary>The name used in messages: the file name as the user gave it.</summary>
    public string Label { get; }

    /// <summary>True when the file is UTF-8 and can be read in parallel <see cref="Chunks"/>.</summary>
    public bool IsUtf8 => _file is not null;

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    /// <summary>The position of a column in each record, or -1 when the header lacks it.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var index) ? index : -1;

    internal IReadOnlyDictionary<string, int> Columns => _columns;

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="map">Which header each logical column is read from, for this kind of file (none: the logical names).</param>
    /// <exception cref="UserMistakeException">Missing file, empty file or unreadable header.</exception>
    public static CsvFile Open(string path, ColumnMap.ForFile? map = null)
    {
        if (!File.Exists(path)) throw new UserMistakeException(string.Format(CliMessages.FileNotFound, path));
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return OpenUtf8(path, file, map) ?? OpenWithReader(path, file, map);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    internal static CsvFile FromReader(string label, StreamReader reader, ColumnMap.ForFile? map = null)
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
        return new CsvFile(label, ColumnsOf(label, header, map), reader, records, null, 0, 0);
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
    public IEnumerable<CsvRow> Rows() => _records is not null ? RowsFromReader(_records) : RowsFromBytes();

    /// <summary>The data records in chunks for parallel parsing (UTF-8 files only; read once).</summary>
    internal CsvChunkSource Chunks(int blockSize = CsvChunkSource.BlockSize)
    {
        if (_file is null) throw new InvalidOperationException("Only a UTF-8 file is read in chunks.");
        return new CsvChunkSource(_file, _dataStart, _dataLine, blockSize);
    }

    /// <summary>A record's fields as strings (for the checks and rows that need text).</summary>
    internal static string[] Texts(CsvByteRecords record)
    {
        var fields = new string[record.Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = Encoding.UTF8.GetString(record[i]);
        return fields;
    }

    internal CsvRow RowOf(CsvByteRecords record) => new(_columns, Texts(record), record.Line);

    public void Dispose()
    {
        _reader?.Dispose();
        _file?.Dispose();
    }

    private IEnumerable<CsvRow> RowsFromReader(CsvRecordReader records)
    {
        while (true)
        {
            IReadOnlyList<string>? fields;
            try
            {
                fields = records.Next();
            }
            catch (CsvFormatException e)
            {
                throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, Label, e.Message));
            }
            if (fields is null) yield break;
            var row = new CsvRow(_columns, fields, records.RecordLine);
            if (!row.IsBlank) yield return row;
        }
    }

    private IEnumerable<CsvRow> RowsFromBytes() => RowsFromBytes(CsvChunkSource.BlockSize);

    /// <summary>The rows read as bytes in blocks of <paramref name="blockSize"/> (tests cut records everywhere with small ones).</summary>
    internal IEnumerable<CsvRow> RowsFromBytes(int blockSize)
    {
        var chunks = Chunks(blockSize);
        var buffer = Array.Empty<byte>();
        var records = new CsvByteRecords();
        while (chunks.TryTake(ref buffer, out var length, out var line, out var last))
        {
            records.Reset(buffer, length, line, last);
            while (true)
            {
                CsvRow row;
                try
                {
                    if (!records.Next()) break;
                    row = RowOf(records);
                }
                catch (CsvFormatException e)
                {
                    throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, Label, e.Message));
                }
                if (!row.IsBlank) yield return row;
            }
        }
    }

    // A UTF-8 file (with or without its byte-order mark): the header is split as bytes too. Null
    // when a UTF-16/32 byte-order mark says otherwise.
    private static CsvFile? OpenUtf8(string label, SafeFileHandle file, ColumnMap.ForFile? map)
    {
        var start = new byte[(int)Math.Min(RandomAccess.GetLength(file), HeaderLimit)];
        var read = 0;
        while (read < start.Length)
        {
            var count = RandomAccess.Read(file, start.AsSpan(read), read);
            if (count == 0) break;
            read += count;
        }
        var text = start.AsSpan(0, read);
        if (text.StartsWith(new byte[] { 0xFE, 0xFF }) || text.StartsWith(new byte[] { 0xFF, 0xFE })) return null;
        var bom = text.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        var whole = read == RandomAccess.GetLength(file);
        var records = new CsvByteRecords();
        records.Reset(start, read, 1, whole, bom);
        IReadOnlyList<string>? header;
        try
        {
            header = records.Next() ? Texts(records) : null;
        }
        catch (CsvFormatException e)
        {
            throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, label, e.Message));
        }
        // A header longer than the first megabyte, or cut by it: the reader handles it.
        if (!whole && (header is null || records.Position >= read)) return null;
        return new CsvFile(label, ColumnsOf(label, header, map), null, null, file, records.Position, records.NextLine);
    }

    private static CsvFile OpenWithReader(string path, SafeFileHandle file, ColumnMap.ForFile? map)
    {
        var stream = new FileStream(file, FileAccess.Read, 1 << 16);
        // UTF-8 by default; a byte-order mark (UTF-8 or UTF-16) is detected and skipped.
        var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        try
        {
            return FromReader(path, reader, map);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static Dictionary<string, int> ColumnsOf(string label, IReadOnlyList<string>? header, ColumnMap.ForFile? map)
    {
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
        return map is null ? columns : map.Apply(label, columns);
    }
}
