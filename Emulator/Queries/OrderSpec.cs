namespace CrmTiering.Emulator.Queries;

/// <summary>
/// A sort key: a column of a table (by alias, null = root) or, in an aggregate, the alias of a
/// result column.
/// </summary>
internal sealed record OrderSpec(string? EntityAlias, string? Column, string? ResultAlias, bool Descending);
