using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace CrmTiering.Cli.Input;

/// <summary>
/// Account ids → positions in the accounts file. Almost every export writes ids as GUIDs in
/// canonical lower-case text (8-4-4-4-12 hex digits, Dataverse's own form). Such a text and its
/// 128-bit value determine each other, so comparing values is comparing the texts ordinally, and the
/// lookup from a record's UTF-8 bytes is a parse and one hash probe, with no string made. A slot
/// holds its key and position together, so a probe reads one place (a cache line, or two when a
/// slot straddles), not three arrays: with a million accounts the table is far larger than the
/// caches and each lookup is a miss. Any other id (upper case, braces, a number, a name) is kept in
/// an ordinal dictionary. Filled once on one thread, then read on several.
/// </summary>
internal sealed class AccountIdTable
{
    private const int GuidLength = 36;

    private readonly Slot[] _slots;
    private readonly int _capacity;
    private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _othersByChars;

    /// <param name="capacity">The number of ids that will be added.</param>
    public AccountIdTable(int capacity)
    {
        // At most three quarters full: a hit is a probe or two along one or two cache lines.
        _slots = new Slot[Math.Max(16, capacity + (capacity / 3) + 1)];
        _capacity = capacity;
        _othersByChars = _others.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds the id at <paramref name="position"/> (0, 1, 2, … in order); false when it is already there.</summary>
    public bool Add(string id, int position)
    {
        if (!TryParse(id, out var high, out var low)) return _others.TryAdd(id, position);
        var slot = SlotOf(high, low);
        while (_slots[slot].PositionPlusOne != 0)
        {
            if (_slots[slot].High == high && _slots[slot].Low == low) return false;
            if (++slot == _slots.Length) slot = 0;
        }
        if (position >= _capacity) throw new ArgumentOutOfRangeException(nameof(position), "More ids than the table was made for.");
        _slots[slot] = new Slot(high, low, position + 1);
        return true;
    }

    /// <summary>The position of the id, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        if (TryParse(id, out var high, out var low)) return Find(high, low);
        return _othersByChars.TryGetValue(id, out var position) ? position : -1;
    }

    /// <summary>The position of the id given as UTF-8 bytes, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> id)
    {
        if (TryParse(id, out var high, out var low)) return Find(high, low);
        if (_others.Count == 0 || id.Length == 0) return -1;
        Span<char> chars = id.Length <= 256 ? stackalloc char[id.Length] : new char[id.Length];
        var length = System.Text.Encoding.UTF8.GetChars(id, chars);
        return _othersByChars.TryGetValue(chars[..length], out var position) ? position : -1;
    }

    /// <summary>
    /// The first half of a lookup: a canonical GUID read into its value, any other id looked up
    /// at once. Readers read a batch of records, then <see cref="Resolve"/> them in one tight loop,
    /// so the cache misses of many probes overlap instead of waiting one after another.
    /// </summary>
    public PendingId Read(ReadOnlySpan<byte> id) =>
        TryParse(id, out var high, out var low) ? new PendingId(high, low, -2) : new PendingId(0, 0, IndexOf(id));

    /// <summary>The position of an id read with <see cref="Read"/>, or -1.</summary>
    public int Resolve(in PendingId id) => id.Position != -2 ? id.Position : Find(id.High, id.Low);

    private int Find(ulong high, ulong low)
    {
        var slot = SlotOf(high, low);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.PositionPlusOne == 0) return -1;
            if (entry.High == high && entry.Low == low) return entry.PositionPlusOne - 1;
            if (++slot == _slots.Length) slot = 0;
        }
    }

    private int SlotOf(ulong high, ulong low)
    {
        var mixed = (high ^ (low * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        // The hash's top 32 bits scaled to the table's size (no power of two needed).
        return (int)(((mixed >> 32) * (ulong)_slots.Length) >> 32);
    }

    private static bool TryParse(ReadOnlySpan<char> id, out ulong high, out ulong low)
    {
        high = low = 0;
        if (id.Length != GuidLength) return false;
        Span<byte> bytes = stackalloc byte[GuidLength];
        for (var i = 0; i < GuidLength; i++)
        {
            if (id[i] >= 0x80) return false;
            bytes[i] = (byte)id[i];
        }
        return TryParse(bytes, out high, out low);
    }

    /// <summary>Canonical lower-case GUID text only: 32 hex digits in groups of 8-4-4-4-12.</summary>
    private static bool TryParse(ReadOnlySpan<byte> text, out ulong high, out ulong low)
    {
        high = low = 0;
        if (text.Length != GuidLength || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-') return false;
        // Eight digits at a time: 0-7, 9-12 with 14-17, 19-22 with 24-27, 28-35.
        var first = BinaryPrimitives.ReadUInt64LittleEndian(text);
        var second = BinaryPrimitives.ReadUInt32LittleEndian(text[9..]) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(text[14..]) << 32);
        var third = BinaryPrimitives.ReadUInt32LittleEndian(text[19..]) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(text[24..]) << 32);
        var fourth = BinaryPrimitives.ReadUInt64LittleEndian(text[28..]);
        if (!TryHex(first, out var a) || !TryHex(second, out var b) || !TryHex(third, out var c) || !TryHex(fourth, out var d)) return false;
        high = ((ulong)a << 32) | b;
        low = ((ulong)c << 32) | d;
        return true;
    }

    /// <summary>
    /// Eight lower-case hex digits, the first in the lowest byte, to their value; false for any other
    /// byte. All eight at once in one register (a million-account review parses 30 million ids).
    /// </summary>
    private static bool TryHex(ulong digits, out uint value)
    {
        const ulong ones = 0x0101010101010101UL;
        value = 0;
        // '0'-'9' are 0x30-0x39 and 'a'-'f' 0x61-0x66: the low four bits, plus 9 for a letter (bit 6).
        var nibbles = (digits & (ones * 0x0F)) + (((digits >> 6) & ones) * 9);
        // A byte is a digit only if its nibble is at most 15 and writing the nibble back gives the byte.
        if ((nibbles & (ones * 0xF0)) != 0) return false;
        var letters = ((nibbles + (ones * 6)) >> 4) & ones;
        if (nibbles + (ones * 0x30) + (letters * 0x27) != digits) return false;
        var pairs = ((nibbles << 4) | (nibbles >> 8)) & 0x00FF00FF00FF00FFUL;
        var quads = ((pairs << 8) | (pairs >> 16)) & 0x0000FFFF0000FFFFUL;
        value = (uint)((quads << 16) | (quads >> 32));
        return true;
    }

    /// <summary>An id and its position + 1 (0 = empty slot).</summary>
    private readonly record struct Slot(ulong High, ulong Low, int PositionPlusOne);

    /// <summary>An id read for a later <see cref="Resolve"/>: a GUID's value (position -2), or the position already found.</summary>
    internal readonly record struct PendingId(ulong High, ulong Low, int Position);
}
