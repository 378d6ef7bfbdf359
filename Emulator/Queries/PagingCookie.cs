using System;
using System.Globalization;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// A paging cookie in the platform's shape (<c>&lt;cookie page="1"&gt;&lt;accountid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>).
/// The emulator pages by page number; callers just pass the cookie back as the platform asks.
/// </summary>
internal static class PagingCookie
{
    public static string For(int page, string primaryIdColumn, Guid first, Guid last) => string.Format(
        CultureInfo.InvariantCulture,
        "<cookie page=\"{0}\"><{1} last=\"{2:B}\" first=\"{3:B}\" /></cookie>",
        page,
        primaryIdColumn,
        last,
        first);
}
