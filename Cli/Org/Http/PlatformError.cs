using System;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrmTiering.Cli.Org.Http;

/// <summary>
/// The error body Dataverse returns ("Compose HTTP requests and handle errors":
/// <c>{"error":{"code":"0x80040220","message":"…"}}</c>): the code and the message, never parsed
/// further except for the privilege name a missing-privilege message carries.
/// </summary>
public sealed partial class PlatformError
{
    /// <summary>Access denied: the caller lacks a privilege (SecLib::AccessCheckEx, "… is missing prvXxx privilege").</summary>
    public const string PrivilegeDenied = "0x80040220";

    private PlatformError(string code, string message)
    {
        Code = code;
        Message = message;
    }

    public string Code { get; }

    public string Message { get; }

    /// <summary>The privilege a missing-privilege message names (<c>prvReadAccount</c>), or null.</summary>
    public string? MissingPrivilege => PrivilegeName().Match(Message) is { Success: true } match ? match.Value : null;

    public static PlatformError Read(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty;
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
                return new PlatformError(code, OneLine(message));
            }
        }
        catch (JsonException)
        {
            // A gateway's HTML page or plain text: shown as it is, shortened.
        }
        return new PlatformError(string.Empty, OneLine(body.Length > 300 ? body[..300] + "…" : body));
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ").Trim();

    [GeneratedRegex(@"\bprv[A-Za-z0-9_]+")]
    private static partial Regex PrivilegeName();
}
