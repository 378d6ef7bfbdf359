using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Cli.Org.Sweep;

/// <summary>
/// One call of the unbound Custom API <c>ctier_RecalculateTiers</c> ("Use Web API actions": POST to
/// <c>/api/data/v9.2/ctier_RecalculateTiers</c> with the request parameters as a JSON object; an
/// optional parameter left out is absent). Parameter names are the API's contract (RecalculateTiersApi).
/// </summary>
public sealed record SweepRequest(string Mode, DateTime? From, string? Cookie, int? PageSize)
{
    public string Json()
    {
        var body = new JsonObject { [RecalculateTiersApi.Mode] = Mode };
        // From is an Edm.DateTimeOffset (type 1, DateTime): the first day at midnight UTC.
        if (From is { } from) body[RecalculateTiersApi.From] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        if (Cookie is { } cookie) body[RecalculateTiersApi.PageCookie] = cookie;
        if (PageSize is { } size) body[RecalculateTiersApi.PageSize] = size;
        return body.ToJsonString();
    }
}

/// <summary>The response properties of one call.</summary>
public sealed record SweepPage(int Processed, int Changed, int Queued, int Failed, bool MoreRecords, string? Cookie)
{
    public static SweepPage Read(JsonElement root) => new(
        Number(root, RecalculateTiersApi.Processed),
        Number(root, RecalculateTiersApi.Changed),
        Number(root, RecalculateTiersApi.Queued),
        Number(root, RecalculateTiersApi.Failed),
        root.TryGetProperty(RecalculateTiersApi.MoreRecords, out var more) && more.ValueKind == JsonValueKind.True,
        root.TryGetProperty(RecalculateTiersApi.PageCookie, out var cookie) && cookie.ValueKind == JsonValueKind.String && cookie.GetString()!.Length > 0
            ? cookie.GetString()
            : null);

    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
