using System;

namespace CrmTiering.Emulator.WebApi;

/// <summary>A request the facade refuses before it reaches the organisation (bad URL, bad option, bad body).</summary>
public sealed class WebApiRequestException : Exception
{
    public WebApiRequestException(WebApiResponse response, string message)
        : base(message)
    {
        Response = response;
    }

    public WebApiResponse Response { get; }

    public static WebApiRequestException BadRequest(string message) => new(WebApiError.BadRequest(message), message);

    public static WebApiRequestException NotFound(string message) => new(WebApiError.NotFound(message), message);

    public static WebApiRequestException Unsupported(string message) => new(WebApiError.Of(501, WebApiError.ODataUriError, message), message);
}
