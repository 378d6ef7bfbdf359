using System;
using System.Net;

namespace CrmTiering.Cli.Org.Http;

/// <summary>
/// A Web API request that failed for good (after any retries). Its message is the one line the
/// command prints: the request (method and path), the status, the platform's <c>error.message</c>
/// and what to do. The command line exits with code 2.
/// </summary>
public sealed class WebApiException : Exception
{
    public WebApiException(string request, HttpStatusCode? status, PlatformError? error, string message)
        : base(message)
    {
        Request = request;
        Status = status;
        Error = error;
    }

    /// <summary>"POST /api/data/v9.2/ctier_RecalculateTiers".</summary>
    public string Request { get; }

    /// <summary>Null when no response came (the org could not be reached).</summary>
    public HttpStatusCode? Status { get; }

    public PlatformError? Error { get; }

    public bool IsMissingPrivilege => Error?.MissingPrivilege is not null || Error?.Code == PlatformError.PrivilegeDenied;
}
