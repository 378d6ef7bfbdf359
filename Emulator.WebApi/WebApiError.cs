using System;
using System.Globalization;
using System.ServiceModel;
using System.Text.Json.Nodes;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Errors in the platform's JSON shape, <c>{"error":{"code":"0x80040217","message":"…"}}</c>, with the
/// HTTP status the platform gives each kind of fault ("Compose HTTP requests and handle errors":
/// 400 bad request, 401 unauthorized, 403 forbidden, 404 not found, 412 precondition failed,
/// 429 too many requests, 501 not implemented).
/// </summary>
public static class WebApiError
{
    /// <summary>0x80072322: "Number of requests exceeded the limit …" ("Service protection API limits").</summary>
    public const int RequestsLimitExceeded = -2147015902;

    public const string RequestsLimitMessage = "Number of requests exceeded the limit of 6000 over time window of 300 seconds.";

    /// <summary>0x80060888: the code the Web API gives OData URL errors (an unknown segment, an unsupported query option such as $skip).</summary>
    public const int ODataUriError = -2147088248;

    /// <summary>0x80040216 "An unexpected error occurred.": the facade's own failure.</summary>
    public const int UnexpectedError = -2147220970;

    public const string UnauthorizedMessage = "The request needs a valid bearer token: set Authorization: Bearer <DATAVERSE_ACCESS_TOKEN>.";

    public static string Hex(int code) => "0x" + code.ToString("x8", CultureInfo.InvariantCulture);

    public static WebApiResponse Of(int status, int code, string message)
    {
        var error = new JsonObject { ["code"] = Hex(code), ["message"] = message };
        return WebApiResponse.Json(status, new JsonObject { ["error"] = error });
    }

    public static WebApiResponse BadRequest(string message) => Of(400, PlatformErrorCodes.InvalidArgument, message);

    public static WebApiResponse NotFound(string message) => Of(404, PlatformErrorCodes.ObjectDoesNotExist, message);

    /// <summary>
    /// 401 as the platform sends it: a <c>WWW-Authenticate: Bearer</c> challenge. The platform's body
    /// is empty; ours carries the JSON error shape too, so a person exploring sees why.
    /// </summary>
    public static WebApiResponse Unauthorized() =>
        Of(401, PlatformErrorCodes.PrivilegeDenied, UnauthorizedMessage).With("WWW-Authenticate", "Bearer authorization_uri=\"\", resource_id=\"\"");

    public static WebApiResponse Throttled(int retryAfterSeconds) =>
        Of(429, RequestsLimitExceeded, RequestsLimitMessage).With("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    public const string UnavailableMessage = "The service is temporarily unavailable (injected by the emulator's Web API).";

    public static WebApiResponse Unavailable() => Of(503, UnexpectedError, UnavailableMessage);

    /// <summary>A fault from the emulator, with the status the platform answers that fault with.</summary>
    public static WebApiResponse FromFault(OrganizationServiceFault fault) => Of(StatusOf(fault.ErrorCode), fault.ErrorCode, fault.Message);

    public static WebApiResponse FromException(Exception exception) => exception switch
    {
        FaultException<OrganizationServiceFault> fault => FromFault(fault.Detail),
        InvalidPluginExecutionException plugin => Of(400, Pipeline.PipelineErrorCodes.IsvAborted, plugin.Message),
        WebApiRequestException bad => bad.Response,
        UnsupportedQueryFeatureException unsupported => Of(501, ODataUriError, unsupported.Message),
        UnsupportedRequestException unsupported => Of(501, ODataUriError, unsupported.Message),
        _ => Of(500, UnexpectedError, exception.Message),
    };

    private static int StatusOf(int code) => code switch
    {
        PlatformErrorCodes.ObjectDoesNotExist => 404,
        PlatformErrorCodes.AccessDenied or PlatformErrorCodes.PrivilegeDenied => 403,
        PlatformErrorCodes.ConcurrencyVersionMismatch or PlatformErrorCodes.DuplicateRecord => 412,
        RequestsLimitExceeded => 429,
        _ => 400,
    };
}
