using System.Net;
using CrmTiering.Cli.Org.Http;
using CrmTiering.Cli.Output;
using CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Cli.Org.Sweep;

/// <summary>
/// Calls <c>ctier_RecalculateTiers</c> page after page: each call hands back a cookie and
/// <c>MoreRecords</c>; the next call sends the cookie. The API is idempotent, so a run resumed with the
/// cookie of the page that failed (<c>--cookie</c>) recalculates that page again and changes nothing twice.
/// </summary>
public sealed class TierSweep
{
    private readonly WebApiClient _client;
    private readonly RowProgress _progress;

    public TierSweep(WebApiClient client, RowProgress progress)
    {
        _client = client;
        _progress = progress;
    }

    public SweepTotals Totals { get; } = new();

    /// <summary>The cookie to resume with: the one the next call sends (null before the first page of a fresh run).</summary>
    public string? Cookie { get; private set; }

    /// <exception cref="WebApiException">A call failed for good; its message says how to resume.</exception>
    public SweepTotals Run(SweepRequest first, string resumeCommand)
    {
        Cookie = first.Cookie;
        var request = first;
        while (true)
        {
            SweepPage page;
            try
            {
                using var response = _client.PostAsync(RecalculateTiersApi.UniqueName, request.Json()).GetAwaiter().GetResult();
                page = SweepPage.Read(response.RootElement);
            }
            catch (WebApiException e)
            {
                throw Resumable(e, resumeCommand);
            }
            Totals.Add(page);
            _progress.Advance(page.Processed);
            _progress.SetDetail(Totals.Detail());
            if (!page.MoreRecords) return Totals;
            if (page.Cookie is null) throw new WebApiException(RecalculateTiersApi.UniqueName, null, null, string.Format(SweepMessages.NoCookie, Totals.Pages));
            Cookie = page.Cookie;
            request = request with { Cookie = page.Cookie };
        }
    }

    private WebApiException Resumable(WebApiException e, string resumeCommand)
    {
        var message = e.Message;
        if (e.Status == HttpStatusCode.NotFound)
        {
            message = string.Format(OrgMessages.SolutionNotInstalled, _client.Org, "Custom API " + RecalculateTiersApi.UniqueName) + " (" + e.Request + ": 404)";
        }
        message += Cookie is null
            ? (Totals.Pages == 0 ? SweepMessages.NothingSwept : string.Empty)
            : string.Format(SweepMessages.ResumeWith, Totals.Pages, resumeCommand, Cookie);
        return new WebApiException(e.Request, e.Status, e.Error, message);
    }
}
