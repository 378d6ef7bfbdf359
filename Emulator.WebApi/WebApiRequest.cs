using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// One Web API request as the facade sees it, whether it came over HTTP or from inside a $batch:
/// method, the path after <c>/api/data/v9.2/</c>, the decoded query options, headers and body.
/// </summary>
public sealed record WebApiRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryOption(string name)
    {
        foreach (var pair in Query)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)) return pair.Value;
        }

        return null;
    }

    public bool IsWrite => !string.Equals(Method, "GET", StringComparison.OrdinalIgnoreCase);
}
