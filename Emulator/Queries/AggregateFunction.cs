namespace CrmTiering.Emulator.Queries;

/// <summary>FetchXML aggregate functions, plus group-by.</summary>
internal enum AggregateFunction
{
    GroupBy,
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}
