using CrmTiering.Emulator.Faults;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// The platform's query limits, checked before a query runs: top (TopCount) "cannot exceed 5,000" (fetch
/// element reference); the page size (fetch count, PagingInfo.Count) is at most 5,000 ("Page results using
/// FetchXml": default and maximum page size); at most 15 link-entities ("Join tables using FetchXml":
/// limitations). Each refusal is an InvalidArgument fault (the platform's error codes for these are not
/// documented; the messages are the emulator's).
/// </summary>
internal static class QueryLimits
{
    public const int MaxLinkEntities = 15;

    public static void Check(QuerySpec spec, EmulatorOptions options)
    {
        if (spec.Top is int top && top > options.MaxPageSize)
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.TopTooLarge, options.MaxPageSize));
        }

        if (spec.PageSize > options.MaxPageSize)
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.PageSizeTooLarge, options.MaxPageSize));
        }

        if (spec.LinkCount > MaxLinkEntities)
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.TooManyLinkEntities, MaxLinkEntities));
        }
    }
}
