using System;

namespace CrmTiering.Emulator;

/// <summary>A clock that moves only when told to: the emulator's default, so every test is repeatable.</summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>Where a default organisation's clock starts.</summary>
    public static readonly DateTime DefaultStart = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private DateTimeOffset _now;

    public ManualClock(DateTime? startUtc = null)
    {
        Set(startUtc ?? DefaultStart);
    }

    public DateTime UtcNow => _now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The clock takes UTC times only.", nameof(utc));
        }

        _now = new DateTimeOffset(utc);
    }

    public void Advance(TimeSpan by) => _now = _now.Add(by);
}
