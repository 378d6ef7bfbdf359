namespace CrmTiering.Emulator.Queries;

/// <summary>A joined table: rows whose <see cref="ToColumn"/> equals the parent's <see cref="FromColumn"/>.</summary>
internal sealed class LinkSpec : SourceSpec
{
    public LinkSpec(string table, string alias, string fromColumn, string toColumn, bool outer)
        : base(table, alias)
    {
        FromColumn = fromColumn;
        ToColumn = toColumn;
        Outer = outer;
    }

    /// <summary>Column on the parent table.</summary>
    public string FromColumn { get; }

    /// <summary>Column on this (linked) table.</summary>
    public string ToColumn { get; }

    /// <summary>Left outer join: parent rows without a match are kept.</summary>
    public bool Outer { get; }
}
