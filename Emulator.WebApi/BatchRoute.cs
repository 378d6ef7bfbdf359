using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// <c>POST $batch</c> ("Execute batch operations using the Web API"): a <c>multipart/mixed</c> body of
/// requests, each answered in order in a <c>batchresponse_…</c> multipart body (200). A change set
/// (nested <c>multipart/mixed</c>) runs its writes in one transaction: when one fails, everything in it is
/// undone and its response is that one error; <c>$n</c> in a later request of the change set names the
/// row created by the request with <c>Content-ID: n</c> (in the URL or the body). Without
/// <c>Prefer: odata.continue-on-error</c> the batch stops at the first failed request and answers with that
/// request's status; with it, every request runs and the batch answers 200. GETs (clients turn long FetchXML URLs into these) are
/// allowed outside change sets only, as on the platform; writes outside a change set each stand alone.
/// </summary>
public sealed class BatchRoute
{
    private readonly WebApiRouter _router;

    public BatchRoute(WebApiRouter router)
    {
        _router = router;
    }

    public WebApiResponse Execute(WebApiRequest request)
    {
        var boundary = MultipartBody.BoundaryOf(request.Header("Content-Type"))
            ?? throw WebApiRequestException.BadRequest("A $batch request needs Content-Type: multipart/mixed; boundary=….");
        var continueOnError = (request.Header("Prefer") ?? string.Empty).Contains("odata.continue-on-error", StringComparison.OrdinalIgnoreCase);
        var responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("D");
        var output = new StringBuilder();
        var status = 200;
        foreach (var part in MultipartBody.Parts(request.Body, boundary))
        {
            var failed = false;
            output.Append("--").Append(responseBoundary).Append("\r\n");
            if (MultipartBody.BoundaryOf(Header(part, "Content-Type")) is string changeSet)
            {
                failed = ChangeSet(part, changeSet, output);
            }
            else
            {
                var response = Inner(part, contentIds: null);
                WriteHttpPart(output, response, contentId: null);
                failed = response.Status >= 400;
                if (failed) FailureStatus = response.Status;
            }

            if (failed && !continueOnError)
            {
                status = FailureStatus;
                break;
            }
        }

        output.Append("--").Append(responseBoundary).Append("--\r\n");
        return new WebApiResponse(status, output.ToString(), "multipart/mixed; boundary=" + responseBoundary);
    }

    /// <summary>The status of the request that stopped the batch (the platform answers the batch with it).</summary>
    private int FailureStatus { get; set; } = 400;

    private bool ChangeSet(MultipartBody.Part part, string boundary, StringBuilder output)
    {
        var responseBoundary = "changesetresponse_" + Guid.NewGuid().ToString("D");
        var responses = new List<(WebApiResponse Response, string? ContentId)>();
        var contentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        WebApiResponse? failure = null;
        string? failureId = null;
        using (var transaction = _router.Context.Organization.Store.BeginTransaction())
        {
            foreach (var inner in MultipartBody.Parts(part.Content, boundary))
            {
                var contentId = Header(inner, "Content-ID");
                var response = Inner(inner, contentIds);
                if (response.Status >= 400)
                {
                    FailureStatus = response.Status;
                    failure = response;
                    failureId = contentId;
                    break;
                }

                if (contentId is not null && response.Headers.TryGetValue("OData-EntityId", out var url)) contentIds[contentId] = url;
                responses.Add((response, contentId));
            }

            if (failure is null) transaction.Commit();
        }

        output.Append("Content-Type: multipart/mixed; boundary=").Append(responseBoundary).Append("\r\n\r\n");
        foreach (var (response, contentId) in failure is null ? responses : new List<(WebApiResponse, string?)> { (failure, failureId) })
        {
            output.Append("--").Append(responseBoundary).Append("\r\n");
            WriteHttpPart(output, response, contentId);
        }

        output.Append("--").Append(responseBoundary).Append("--\r\n");
        return failure is not null;
    }

    private WebApiResponse Inner(MultipartBody.Part part, Dictionary<string, string>? contentIds)
    {
        var (method, target, headers, body) = MultipartBody.Request(part.Content);
        if (contentIds is not null && string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return WebApiError.BadRequest("GET requests are not allowed inside a change set.");
        }

        if (contentIds is not null && target.StartsWith("$", StringComparison.Ordinal))
        {
            var end = target.IndexOfAny(new[] { '/', '?' });
            var id = end < 0 ? target[1..] : target[1..end];
            if (!contentIds.TryGetValue(id, out var url)) return WebApiError.BadRequest($"Content-ID Reference: '${id}' does not exist in the batch context.");
            target = url + (end < 0 ? string.Empty : target[end..]);
        }

        if (contentIds is not null)
        {
            foreach (var (id, url) in contentIds) body = body.Replace("\"$" + id + "\"", "\"" + url + "\"", StringComparison.Ordinal);
        }

        var (path, query) = Target(target);
        return _router.Handle(new WebApiRequest(method.ToUpperInvariant(), path, query, headers, body));
    }

    /// <summary>The path after the service root and the decoded query options of a part's request target.</summary>
    public static (string Path, IReadOnlyList<KeyValuePair<string, string>> Query) Target(string target)
    {
        var text = target;
        var root = text.IndexOf(OrgWebApi.ApiPath, StringComparison.OrdinalIgnoreCase);
        if (root >= 0) text = text[(root + OrgWebApi.ApiPath.Length)..];
        var question = text.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? text : text[..question];
        var query = new List<KeyValuePair<string, string>>();
        if (question >= 0)
        {
            foreach (var pair in text[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
                query.Add(new(Decode(key), Decode(value)));
            }
        }

        return (Uri.UnescapeDataString(path), query);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string? Header(MultipartBody.Part part, string name) => part.Headers.TryGetValue(name, out var value) ? value : null;

    private static void WriteHttpPart(StringBuilder output, WebApiResponse response, string? contentId)
    {
        output.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null) output.Append("Content-ID: ").Append(contentId).Append("\r\n");
        output.Append("\r\nHTTP/1.1 ").Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(ReasonOf(response.Status)).Append("\r\n");
        foreach (var header in response.Headers.Append(new("OData-Version", "4.0")))
        {
            output.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        output.Append("\r\n");
        if (response.Body is not null) output.Append(response.Body).Append("\r\n");
    }

    public static string ReasonOf(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        412 => "Precondition Failed",
        429 => "Too Many Requests",
        501 => "Not Implemented",
        _ => "Error",
    };
}
