using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Hands out a UTF-8 CSV file in large blocks, each cut after the last record that ends inside it,
/// so several threads can parse one file at once. Each chunk carries the physical line its first
/// record starts on. Record boundaries follow <see cref="CsvRecordReader"/> exactly: a quote opens a
/// quoted field only at a field's start, a record ends at an unquoted line break (LF, CR LF or CR).
/// Thread-safe: <see cref="TryTake"/> cuts chunks one at a time under a lock (a copy and a vectorised
/// scan — the parsing happens outside it). The file handle belongs to the <see cref="CsvFile"/>, which closes it.
/// </summary>
internal sealed class CsvChunkSource
{
    public const int BlockSize = 1 << 22;

    private readonly SafeFileHandle _file;
    private readonly int _blockSize;
    private readonly object _gate = new();
    private long _position;
    private byte[] _carry = Array.Empty<byte>();
    private int _carryLength;
    private int _nextLine;
    private bool _ended;

    /// <param name="file">The open file.</param>
    /// <param name="dataStart">Offset of the first data record (after the BOM and header).</param>
    /// <param name="firstLine">The physical line of the first data record.</param>
    /// <param name="blockSize">Bytes read per chunk (tests use small ones to cut records everywhere).</param>
    public CsvChunkSource(SafeFileHandle file, long dataStart, int firstLine, int blockSize = BlockSize)
    {
        _blockSize = blockSize;
        _file = file;
        _position = dataStart;
        _nextLine = firstLine;
    }

    /// <summary>The file's length in bytes, for a progress total.</summary>
    public long Length => RandomAccess.GetLength(_file);

    /// <summary>Bytes handed out so far.</summary>
    public long Taken { get; private set; }

    /// <summary>
    /// The next chunk into <paramref name="buffer"/> (grown when needed): whole records only, except the
    /// file's last chunk (<paramref name="last"/>), which ends where the file does.
    /// </summary>
    public bool TryTake(ref byte[] buffer, out int length, out int firstLine, out bool last)
    {
        lock (_gate)
        {
            length = 0;
            firstLine = _nextLine;
            last = false;
            if (_ended && _carryLength == 0) return false;
            if (buffer.Length < _carryLength + _blockSize) buffer = new byte[_carryLength + _blockSize];
            Buffer.BlockCopy(_carry, 0, buffer, 0, _carryLength);
            var filled = _carryLength;
            _carryLength = 0;
            while (true)
            {
                while (!_ended && filled < buffer.Length)
                {
                    var read = RandomAccess.Read(_file, buffer.AsSpan(filled), _position);
                    if (read == 0) _ended = true;
                    _position += read;
                    filled += read;
                }

                if (_ended)
                {
                    length = filled;
                    last = true;
                    break;
                }

                var cut = CsvRecordBoundary.LastRecordEnd(buffer.AsSpan(0, filled), out var lines);
                if (cut > 0)
                {
                    length = cut;
                    _nextLine += lines;
                    var rest = filled - cut;
                    if (_carry.Length < rest) _carry = new byte[rest];
                    Buffer.BlockCopy(buffer, cut, _carry, 0, rest);
                    _carryLength = rest;
                    break;
                }

                // One record longer than the block (a huge quoted field, or a quote never closed): read on.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            Taken += length;
            return length > 0;
        }
    }

}
