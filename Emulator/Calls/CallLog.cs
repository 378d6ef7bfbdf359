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
    private readonly List<CallRecord> records = new();
    private int offset;

    public int Count => records.Count;

    public CallRecord this[int index] => records[index];

    public CallMark Mark() => new(offset + records.Count);

    /// <summary>The calls recorded after the mark (all of them if the log was cleared since).</summary>
    public IReadOnlyList<CallRecord> Since(CallMark mark)
    {
        var start = mark.Position - offset;
        return start <= 0 ? records.ToList() : records.Skip(start).ToList();
    }

    /// <summary>Calls made by a given origin (e.g. a plugin type's full name).</summary>
    public IReadOnlyList<CallRecord> From(string origin) => records.Where(r => r.Origin == origin).ToList();

    public void Clear()
    {
        offset += records.Count;
        records.Clear();
    }

    public IEnumerator<CallRecord> GetEnumerator() => records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal int NextSequence => offset + records.Count;

    internal void Add(CallRecord record) => records.Add(record);
}
