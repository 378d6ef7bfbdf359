using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmTiering.Emulator.WebApi;

/// <summary>What the facade answers: status, headers and a body (JSON or, for $batch, multipart text).</summary>
public sealed class WebApiResponse
{
    public const string JsonContentType = "application/json; odata.metadata=minimal";

    public WebApiResponse(int status, string? body = null, string? contentType = null)
    {
        Status = status;
        Body = body;
        if (body is not null) Headers["Content-Type"] = contentType ?? JsonContentType;
    }

    public int Status { get; }

    public string? Body { get; }

    public Dictionary<string, string> Headers { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    // The platform writes quotes and non-ASCII letters as they are ("W/\"123\""), not as \u0022.
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebApiResponse Json(int status, JsonNode body) => new(status, body.ToJsonString(Writing));

    public static WebApiResponse NoContent() => new(204);

    public WebApiResponse With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }
}
