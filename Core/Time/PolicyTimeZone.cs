using System;

namespace CrmTiering.Core.Time;

/// <summary>
/// The policy's time zone: a Windows id, since .NET Framework knows no other kind (see
/// <see cref="TryFind"/>). Turns instants into calendar dates and back (R1, R2).
/// </summary>
public sealed class PolicyTimeZone
{
    private readonly TimeZoneInfo _zone;

    private PolicyTimeZone(string id, TimeZoneInfo zone)
    {
        Id = id;
        _zone = zone;
    }

    public static PolicyTimeZone Utc { get; } = new PolicyTimeZone("UTC", TimeZoneInfo.Utc);

    /// <summary>The Windows id in the registry's spelling (the policy may differ in case).</summary>
    public string Id { get; }

    /// <summary>
    /// The zone of a Windows id from <see cref="WindowsTimeZones"/>, matched ignoring case as
    /// Windows does and kept in the registry's spelling. Any other id, IANA ones included, is
    /// refused on every OS, so the CLI accepts exactly what the sandbox accepts. Resolution is by
    /// Windows id: .NET Framework reads the registry; .NET on Linux converts the id to IANA itself
    /// (through ICU). False also when this system's time-zone data lacks a listed zone.
    /// </summary>
    public static bool TryFind(string? id, out PolicyTimeZone zone)
    {
        zone = Utc;
        var windows = WindowsTimeZones.Find(id);
        if (windows is null)
        {
            return false;
        }

        if (windows.Id == Utc.Id)
        {
            return true;
        }

        try
        {
            zone = new PolicyTimeZone(windows.Id, TimeZoneInfo.FindSystemTimeZoneById(windows.Id));
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>
    /// The calendar date of an instant in this zone. A <see cref="DateTimeKind.Unspecified"/> value
    /// is taken as UTC, which is how Dataverse returns date-and-time columns.
    /// </summary>
    public DateTime DateOf(DateTime instant)
    {
        var utc = instant.Kind == DateTimeKind.Local
            ? instant.ToUniversalTime()
            : DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone).Date, DateTimeKind.Unspecified);
    }

    public DateTime DateOf(DateTimeOffset instant) => DateOf(instant.UtcDateTime);

    /// <summary>
    /// The UTC instant at which <paramref name="date"/> begins in this zone. Where a clock change
    /// skips midnight, the day begins at the first valid local time; where midnight repeats, at
    /// its first occurrence.
    /// </summary>
    public DateTime StartOfDayUtc(DateTime date)
    {
        var local = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        if (_zone.IsAmbiguousTime(local))
        {
            var offsets = _zone.GetAmbiguousTimeOffsets(local);
            var largest = offsets[0] > offsets[1] ? offsets[0] : offsets[1];
            return DateTime.SpecifyKind(local - largest, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, _zone);
    }

    public override string ToString() => Id;
}
