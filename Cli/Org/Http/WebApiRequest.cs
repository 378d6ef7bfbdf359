using System;
using System.Net.Http;

namespace CrmTiering.Cli.Org.Http;

/// <summary>One Web API request, built anew for every attempt (an HttpRequestMessage is sent once).</summary>
public sealed class WebApiRequest
{
    public WebApiRequest(HttpMethod method, Uri uri, string? prefer = null, string? jsonBody = null)
    {
        Method = method;
        Uri = uri;
        Prefer = prefer;
        JsonBody = jsonBody;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    public string? Prefer { get; }

    public string? JsonBody { get; }

    /// <summary>"GET /api/data/v9.2/accounts" — method and path, for messages (the query may be a whole FetchXML).</summary>
    public string Name
    {
        get
        {
            var query = Uri.Query.Length == 0 ? string.Empty : Uri.Query.StartsWith("?fetchXml=", StringComparison.Ordinal) ? "?fetchXml=…" : "?…";
            return Method.Method + " " + Uri.AbsolutePath + query;
        }
    }
}
