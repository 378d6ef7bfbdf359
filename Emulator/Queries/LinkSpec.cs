namespace CrmTiering.Emulator.Queries;

/// <summary>
/// How a link joins ("Join tables using FetchXml": link-type options). Inner and Outer add the linked
/// row to the result; the others only decide whether the parent row is kept and return no columns:
/// Exists/In (and QueryExpression's JoinOperator.Exists/In) and Any keep parents with at least one
/// linked row meeting the link's filter, NotAny those with none, All those whose every linked row
/// meets it (parents without linked rows included), NotAll those with a linked row that does not.
/// </summary>
internal enum LinkKind
{
    Inner,
    Outer,
    Any,
    NotAny,
    All,
    NotAll,
}

/// <summary>A joined table: rows whose <see cref="ToColumn"/> equals the parent's <see cref="FromColumn"/>.</summary>
internal sealed class LinkSpec : SourceSpec
{
    public LinkSpec(string table, string alias, string fromColumn, string toColumn, bool outer)
        : this(table, alias, fromColumn, toColumn, outer ? LinkKind.Outer : LinkKind.Inner)
    {
    }

    public LinkSpec(string table, string alias, string fromColumn, string toColumn, LinkKind kind)
        : base(table, alias)
    {
        FromColumn = fromColumn;
        ToColumn = toColumn;
        Kind = kind;
    }

    /// <summary>Column on the parent table.</summary>
    public string FromColumn { get; }

    /// <summary>Column on this (linked) table.</summary>
    public string ToColumn { get; }

    public LinkKind Kind { get; }

    /// <summary>Left outer join: parent rows without a match are kept.</summary>
    public bool Outer => Kind == LinkKind.Outer;

    /// <summary>A filter-only link (exists, in, any, not any, all, not all): evaluated as a condition on its parent.</summary>
    public bool IsCondition => Kind is not (LinkKind.Inner or LinkKind.Outer);
}
