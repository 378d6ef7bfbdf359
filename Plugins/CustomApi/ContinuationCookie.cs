using System;
using System.Globalization;

namespace CrmTiering.Plugins.CustomApi;

/// <summary>
/// Where the next page starts: the last account id of this page, for one mode. Accounts are read in
/// id order after that id (keyset paging), so accounts a Due sweep has just moved out of the filter
/// never shift the pages, and repeating a call with the same cookie redoes the same page.
/// </summary>
public sealed class ContinuationCookie
{
    private const string Version = "ctier1";
    private const char Separator = '|';

    public ContinuationCookie(RecalculationMode mode, Guid lastAccountId)
    {
        Mode = mode;
        LastAccountId = lastAccountId;
    }

    public RecalculationMode Mode { get; }

    public Guid LastAccountId { get; }

    public override string ToString() =>
        string.Join(Separator.ToString(), Version, Mode.ToString(), LastAccountId.ToString("D", CultureInfo.InvariantCulture));

    /// <summary>Null for an empty cookie (first page); throws a user-facing error for a cookie of another mode or shape.</summary>
    public static ContinuationCookie? Parse(string? text, RecalculationMode mode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text!.Split(Separator);
        if (parts.Length != 3 || parts[0] != Version || parts[1] != mode.ToString() || !Guid.TryParse(parts[2], out var last))
        {
            throw new Microsoft.Xrm.Sdk.InvalidPluginExecutionException(RecalculateTiersApi.InvalidCookieMessage);
        }

        return new ContinuationCookie(mode, last);
    }
}
