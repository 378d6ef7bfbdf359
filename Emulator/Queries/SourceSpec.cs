using System.Collections.Generic;

namespace CrmTiering.Emulator.Queries;

/// <summary>A table in a query: the root or a linked one, with its columns, filter and nested links.</summary>
internal class SourceSpec
{
    public SourceSpec(string table, string alias)
    {
        Table = table;
        Alias = alias;
    }

    public string Table { get; }

    /// <summary>The name conditions and result columns use for this table.</summary>
    public string Alias { get; set; }

    public bool AllColumns { get; set; }

    public List<ColumnSpec> Columns { get; } = new();

    public FilterSpec? Filter { get; set; }

    public List<LinkSpec> Links { get; } = new();
}
