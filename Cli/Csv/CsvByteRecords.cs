using System;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Splits a chunk of UTF-8 CSV bytes into records and fields without making strings, by the rules
/// of <see cref="CsvRecordReader"/> (RFC 4180 quotes, "" for a quote, a stray quote inside an
/// unquoted field kept as text, text after a closing quote appended, LF / CR LF / CR ending a
/// record, physical lines counted the same way). Fields are raw (untrimmed) byte slices; quoted
/// fields are unescaped into a scratch buffer. One instance per thread, reused chunk after chunk.
/// </summary>
internal sealed class CsvByteRecords
{
    private byte[] _chunk = Array.Empty<byte>();
    private int _end;
    private int _position;
    private int _line;
    private bool _last;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private bool[] _inScratch = new bool[32];
    private byte[] _scratch = new byte[256];
    private int _scratchLength;

    /// <summary>Fields in the current record.</summary>
    public int Count { get; private set; }

    /// <summary>The physical line on which the current record begins.</summary>
    public int Line { get; private set; }

    public void Reset(byte[] chunk, int length, int firstLine, bool last, int start = 0)
    {
        _chunk = chunk;
        _end = length;
        _position = start;
        _line = firstLine;
        _last = last;
    }

    /// <summary>The raw bytes of field <paramref name="index"/>; empty when the record has fewer fields.</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            if (index < 0 || index >= Count) return ReadOnlySpan<byte>.Empty;
            return _inScratch[index]
                ? _scratch.AsSpan(_starts[index], _lengths[index])
                : _chunk.AsSpan(_starts[index], _lengths[index]);
        }
    }

    /// <summary>Where the next record starts in the chunk (after <see cref="Next"/>).</summary>
    public int Position => _position;

    /// <summary>The physical line on which the next record starts.</summary>
    public int NextLine => _line;

    /// <summary>Reads the next record; false at the chunk's end.</summary>
    /// <exception cref="CsvFormatException">A quoted field is never closed in the file's last chunk.</exception>
    public bool Next()
    {
        if (_position >= _end) return false;
        Line = _line;
        Count = 0;
        _scratchLength = 0;
        var text = _chunk;
        var i = _position;
        while (true)
        {
            // An unquoted field: up to the next comma or line break (vectorised search).
            if (i < _end && text[i] == '"')
            {
                i = QuotedField(i + 1);
            }
            else
            {
                var rest = text.AsSpan(i, _end - i);
                var stop = rest.IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
                var length = stop < 0 ? rest.Length : stop;
                Add(i, length, false);
                i += length;
            }

            if (i >= _end)
            {
                _position = _end;
                return true;
            }

            var b = text[i];
            if (b == ',')
            {
                i++;
                if (i >= _end)
                {
                    // A trailing comma at the end of the file: one more, empty field.
                    Add(i, 0, false);
                    _position = _end;
                    return true;
                }
                continue;
            }

            // A line break ends the record.
            i++;
            if (b == '\r' && i < _end && text[i] == '\n') i++;
            _line++;
            _position = i;
            return true;
        }
    }

    // A field that opens with a quote: unescaped into the scratch buffer, then any text after the
    // closing quote up to the next comma or line break (kept, as the record reader keeps it).
    private int QuotedField(int i)
    {
        var text = _chunk;
        var start = _scratchLength;
        while (true)
        {
            if (i >= _end)
            {
                if (_last) throw new CsvFormatException(Line);
                throw new InvalidOperationException("A chunk ended inside a quoted field.");
            }

            var rest = text.AsSpan(i, _end - i);
            var quote = rest.IndexOf((byte)'"');
            var plain = quote < 0 ? rest : rest[..quote];
            _line += plain.Count((byte)'\n');
            Append(plain);
            i += plain.Length;
            if (quote < 0) continue;
            i++;
            if (i < _end && text[i] == '"')
            {
                Append("\""u8);
                i++;
                continue;
            }
            break;
        }

        // Text after the closing quote, up to a comma or a line break; quotes there are text.
        var after = text.AsSpan(i, _end - i);
        var stop = after.IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
        var tail = stop < 0 ? after : after[..stop];
        Append(tail);
        i += tail.Length;
        Add(start, _scratchLength - start, true);
        return i;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_scratchLength + bytes.Length > _scratch.Length) Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + bytes.Length));
        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    private void Add(int start, int length, bool inScratch)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _inScratch, Count * 2);
        }
        _starts[Count] = start;
        _lengths[Count] = length;
        _inScratch[Count] = inScratch;
        Count++;
    }
}
