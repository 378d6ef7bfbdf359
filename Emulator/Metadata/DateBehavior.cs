namespace CrmTiering.Emulator.Metadata;

/// <summary>How a date/time column stores and compares its value.</summary>
public enum DateBehavior
{
    /// <summary>An instant, stored in UTC and compared as an instant.</summary>
    UserLocal,

    /// <summary>A calendar date without time zone: stored at midnight and compared as a date.</summary>
    DateOnly,
}
