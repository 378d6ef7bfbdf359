namespace CrmTiering.Emulator.Queries;

/// <summary>An aggregate (or group-by) column: function over a table's column, returned under Alias.</summary>
internal sealed record AggregateSpec(AggregateFunction Function, string EntityAlias, string Table, string Column, string Alias, bool Distinct);
