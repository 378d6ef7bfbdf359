namespace CrmTiering.Emulator.Queries;

/// <summary>An aggregate (or group-by) column: function over a table's column, returned under Alias.</summary>
internal sealed record AggregateSpec(AggregateFunction Function, string EntityAlias, string Table, string Column, string Alias, bool Distinct)
{
    /// <summary>FetchXML dategrouping on a groupby date column: day, week, month, quarter or year.</summary>
    public string? DateGrouping { get; init; }

    /// <summary>FetchXML usertimezone (default true): group in the user's time zone, else in UTC.</summary>
    public bool UserTimeZone { get; init; } = true;
}
