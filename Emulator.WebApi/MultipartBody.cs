using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// A <c>multipart/mixed</c> body split into its parts (headers and content), and an <c>application/http</c>
/// part read as the request it carries ("Execute batch operations using the Web API").
/// </summary>
public static class MultipartBody
{
    public sealed record Part(IReadOnlyDictionary<string, string> Headers, string Content);

    public static string? BoundaryOf(string? contentType)
    {
        foreach (var parameter in (contentType ?? string.Empty).Split(';', StringSplitOptions.TrimEntries))
        {
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase)) return parameter["boundary=".Length..].Trim('"');
        }

        return null;
    }

    public static List<Part> Parts(string body, string boundary)
    {
        var parts = new List<Part>();
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        var delimiter = "--" + boundary;
        var sections = text.Split(delimiter);
        // sections[0] is the preamble; a section starting with "--" is the close delimiter's epilogue.
        for (var i = 1; i < sections.Length; i++)
        {
            var section = sections[i];
            if (section.StartsWith("--", StringComparison.Ordinal)) break;
            var (headers, content) = HeadersAndContent(section.TrimStart('\n', ' ', '\t'));
            parts.Add(new Part(headers, content));
        }

        return parts;
    }

    /// <summary>An application/http part's request: method, target (as written), headers, body.</summary>
    public static (string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body) Request(string content)
    {
        var text = content.TrimStart('\n');
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) throw WebApiRequestException.BadRequest($"A $batch part's request line '{line}' is not 'METHOD URL HTTP/1.1'.");
        var (headers, body) = HeadersAndContent(end < 0 ? string.Empty : text[(end + 1)..]);
        return (words[0], words[1], headers, body);
    }

    private static (IReadOnlyDictionary<string, string> Headers, string Content) HeadersAndContent(string section)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = section.Split('\n');
        var i = 0;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                i++;
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var content = i < lines.Length ? string.Join("\n", lines[i..]).TrimEnd('\n', ' ') : string.Empty;
        return (headers, content);
    }
}
