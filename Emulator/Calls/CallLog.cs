using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Calls;

/// <summary>
/// Every call made through the organisation's services, in order. Seeding bypasses it. Typical use:
/// <c>var mark = org.Calls.Mark(); …; Assert.Equal(4, org.Calls.Since(mark).Count);</c>
/// </summary>
public sealed class CallLog : IReadOnlyList<CallRecord>
{
    private readonly List<CallRecord> _records = new();
    private int _offset;

    public int Count => _records.Count;

    public CallRecord this[int index] => _records[index];

    public CallMark Mark() => new(_offset + _records.Count);

    /// <summary>The calls recorded after the mark (all of them if the log was cleared since).</summary>
    public IReadOnlyList<CallRecord> Since(CallMark mark)
    {
        var start = mark.Position - _offset;
        return start <= 0 ? _records.ToList() : _records.Skip(start).ToList();
    }

    /// <summary>Calls made by a given origin (e.g. a plugin type's full name).</summary>
    public IReadOnlyList<CallRecord> From(string origin) => _records.Where(r => r.Origin == origin).ToList();

    public void Clear()
    {
        _offset += _records.Count;
        _records.Clear();
    }

    public IEnumerator<CallRecord> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal int NextSequence => _offset + _records.Count;

    internal void Add(CallRecord record) => _records.Add(record);
}
