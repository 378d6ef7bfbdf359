namespace CrmTiering.Emulator.Queries;

/// <summary>A requested column; <see cref="Alias"/> is FetchXML's attribute alias (the result key).</summary>
internal sealed record ColumnSpec(string Name, string? Alias = null);
