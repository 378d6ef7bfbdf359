using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.CustomApi;

/// <summary>The parameters of one ctier_RecalculateTiers call, checked.</summary>
public sealed class RecalculationRequest
{
    private RecalculationRequest(RecalculationMode mode, DateTime? from, ContinuationCookie? cookie, int pageSize)
    {
        Mode = mode;
        From = from;
        Cookie = cookie;
        PageSize = pageSize;
    }

    public RecalculationMode Mode { get; }

    /// <summary>Backfill only: the calendar date to replay from.</summary>
    public DateTime? From { get; }

    /// <summary>Null on the first page.</summary>
    public ContinuationCookie? Cookie { get; }

    public int PageSize { get; }

    public static RecalculationRequest Read(ParameterCollection inputs)
    {
        var modeText = Value<string>(inputs, RecalculateTiersApi.Mode)?.Trim() ?? string.Empty;
        if (!Enum.TryParse(modeText, ignoreCase: true, out RecalculationMode mode) || !Enum.IsDefined(typeof(RecalculationMode), mode) || IsNumber(modeText))
        {
            throw new InvalidPluginExecutionException(string.Format(CultureInfo.InvariantCulture, RecalculateTiersApi.UnknownModeMessage, modeText));
        }

        var size = Value<int?>(inputs, RecalculateTiersApi.PageSize)
            ?? (mode == RecalculationMode.Backfill ? RecalculateTiersApi.DefaultBackfillPageSize : RecalculateTiersApi.DefaultPageSize);
        if (size < 1 || size > RecalculateTiersApi.MaxPageSize)
        {
            throw new InvalidPluginExecutionException(
                string.Format(CultureInfo.InvariantCulture, RecalculateTiersApi.PageSizeMessage, size, RecalculateTiersApi.MaxPageSize));
        }

        var from = Value<DateTime?>(inputs, RecalculateTiersApi.From);
        if (mode == RecalculationMode.Backfill && from is null)
        {
            throw new InvalidPluginExecutionException(RecalculateTiersApi.FromRequiredMessage);
        }

        var cookie = ContinuationCookie.Parse(Value<string>(inputs, RecalculateTiersApi.PageCookie), mode);
        return new RecalculationRequest(mode, from?.Date, cookie, size);
    }

    private static bool IsNumber(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static T? Value<T>(ParameterCollection inputs, string name) =>
        inputs.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
