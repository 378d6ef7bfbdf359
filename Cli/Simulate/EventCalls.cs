using System;

namespace CrmTiering.Cli.Simulate;

/// <summary>Service calls the solution made per user event (the user's own request not counted): count, mean and max.</summary>
public sealed class EventCalls
{
    private long _total;

    public int Events { get; private set; }

    public int Max { get; private set; }

    public double Mean => Events == 0 ? 0 : _total / (double)Events;

    public void Add(int calls)
    {
        Events++;
        _total += calls;
        Max = Math.Max(Max, calls);
    }
}
